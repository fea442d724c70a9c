using System.Text.Json.Nodes;
using Switchboard.Engine.Accounts;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Tests.Accounts;

public sealed class AccountMatchingTests
{
    private static readonly AccountIndex Index = AccountIndex.Compile(
    [
        new Account { Id = "acme-holdings", Name = "ACME Holdings", Domains = ["acme-holdings.com"] },
        new Account { Id = "acme", Name = "ACME 株式会社", Domains = ["acme.co.jp"], ParentId = "acme-holdings" },
        new Account { Id = "hanbit", Name = "(주)한빛소프트", Domains = ["hanbit.co.kr"] },
        new Account { Id = "mueller", Name = "Müller & Söhne GmbH", Domains = [] },
    ]);

    private static string? Matched(string lead) => Index.Match(JsonNode.Parse(lead)!.AsObject())?.Account.Id;

    [Fact]
    public void a_lead_matches_by_its_email_domain() =>
        Assert.Equal("acme", Matched("""{"email":"taro@ACME.co.jp"}"""));

    [Fact]
    public void a_subdomain_of_an_account_domain_matches() =>
        Assert.Equal("acme", Matched("""{"email":"taro@sales.tokyo.acme.co.jp"}"""));

    [Fact]
    public void a_website_host_matches_when_the_email_does_not() =>
        Assert.Equal("hanbit", Matched("""{"email":"someone@example.org","website":"https://www.hanbit.co.kr/contact"}"""));

    [Theory]
    [InlineData("gmail.com")]
    [InlineData("naver.com")]
    [InlineData("daum.net")]
    [InlineData("hanmail.net")]
    [InlineData("yahoo.co.jp")]
    [InlineData("outlook.com")]
    [InlineData("hotmail.com")]
    [InlineData("gmx.de")]
    [InlineData("web.de")]
    [InlineData("qq.com")]
    [InlineData("163.com")]
    public void a_free_mail_domain_never_matches_even_when_an_account_claims_it(string domain)
    {
        var index = AccountIndex.Compile([new Account { Id = "careless", Name = "Careless", Domains = [domain] }]);
        Assert.Null(index.Match(JsonNode.Parse($$"""{"email":"someone@{{domain}}"}""")!.AsObject()));
    }

    [Fact]
    public void a_free_mail_lead_still_matches_by_company_name() =>
        Assert.Equal("acme", Matched("""{"email":"taro@gmail.com","company":"acme inc."}"""));

    [Theory]
    [InlineData("株式会社 ACME")]
    [InlineData("acme inc.")]
    [InlineData("ＡＣＭＥ株式会社")]
    [InlineData("(株)ACME")]
    [InlineData("㈱ＡＣＭＥ")]
    [InlineData("ACME Co., Ltd.")]
    [InlineData("Acme Corp.")]
    public void company_names_match_without_legal_form_case_width_or_punctuation(string company) =>
        Assert.Equal("acme", Matched($$"""{"company":"{{company}}"}"""));

    [Theory]
    [InlineData("한빛소프트 주식회사", "hanbit")]
    [InlineData("㈜한빛소프트", "hanbit")]
    [InlineData("MÜLLER UND SÖHNE", null)]
    [InlineData("Müller Söhne", "mueller")]
    [InlineData("ACME Holdings Ltd", "acme-holdings")]
    [InlineData("ACME Trading", null)]
    public void korean_and_german_names_match_by_their_normalised_form(string company, string? account) =>
        Assert.Equal(account, Matched($$"""{"company":"{{company}}"}"""));

    [Fact]
    public void email_domain_wins_over_company_name() =>
        Assert.Equal("hanbit", Matched("""{"email":"a@hanbit.co.kr","company":"ACME Inc"}"""));

    [Fact]
    public void a_lead_without_company_facts_matches_nothing() =>
        Assert.Null(Matched("""{"email":"not-an-email","website":"::::"}"""));
}
