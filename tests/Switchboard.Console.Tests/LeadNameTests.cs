using System.Globalization;
using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Web.Pages.Leads;

namespace Switchboard.Web.Tests;

public sealed class LeadNameTests
{
    [Theory]
    [InlineData("en", "Hanako Yamada")]
    [InlineData("de", "Hanako Yamada")]
    [InlineData("ja", "Yamada Hanako")]
    [InlineData("ko", "Yamada Hanako")]
    public void a_latin_name_is_in_the_order_of_the_readers_language(string language, string expected)
    {
        Assert.Equal(expected, LeadName.Of("Hanako", "Yamada", "Acme", "ld_1", CultureInfo.GetCultureInfo(language)));
    }

    [Theory]
    [InlineData("花子", "佐藤", "佐藤 花子")]
    [InlineData("ハナコ", "サトウ", "サトウ ハナコ")]
    [InlineData("민지", "김", "김 민지")]
    public void a_name_in_east_asian_script_puts_the_family_first_for_every_reader(string first, string last, string expected)
    {
        foreach (var language in new[] { "en", "de", "ja", "ko" })
            Assert.Equal(expected, LeadName.Of(first, last, null, "ld_1", CultureInfo.GetCultureInfo(language)));
    }

    [Fact]
    public void a_lead_without_a_name_is_named_by_its_company_else_by_the_fallback()
    {
        Assert.Equal("Acme", LeadName.Of(null, " ", "Acme", "ld_1", CultureInfo.InvariantCulture));
        Assert.Equal("ld_1", LeadName.Of(null, null, null, "ld_1", CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("kim@example.com", "kim@example.com")]
    [InlineData("", "ld_1")]
    public void a_lead_without_a_name_or_company_is_named_by_its_email_else_its_id(string email, string expected)
    {
        var lead = new Lead { Id = "ld_1", Data = new JsonObject { ["email"] = email } };
        Assert.Equal(expected, LeadName.Of(lead, CultureInfo.InvariantCulture));
    }
}
