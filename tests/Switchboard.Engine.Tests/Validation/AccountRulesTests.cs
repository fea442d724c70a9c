using System.Text.Json;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Validation.SampleConfig;

namespace Switchboard.Engine.Tests.Validation;

public class AccountRulesTests
{
    private static RoutingConfig WithAccounts(string accounts) =>
        Valid with { Accounts = JsonSerializer.Deserialize<List<Account>>(accounts, JsonSerializerOptions.Web)! };

    private static RoutingConfig WithAction(string action) =>
        Valid with { Workflows = [Valid.Workflows[0] with { Actions = [JsonSerializer.Deserialize<WorkflowAction>(action, JsonSerializerOptions.Web)!] }] };

    [Fact]
    public void accounts_are_read_from_the_document_as_a_typed_section()
    {
        var config = JsonSerializer.Deserialize<RoutingConfig>(
            """{"accounts":[{"id":"acme","name":"ACME 株式会社","domains":["acme.co.jp"],"ownerId":"sato","parentId":"acme-holdings"}]}""", JsonSerializerOptions.Web)!;
        Assert.Equal(("acme", "sato", "acme-holdings", "acme.co.jp"), (config.Accounts[0].Id, config.Accounts[0].OwnerId, config.Accounts[0].ParentId, config.Accounts[0].Domains[0]));
        Assert.Null(config.Other);
    }

    [Fact]
    public void a_valid_hierarchy_has_no_errors() =>
        Assert.Empty(Errors(WithAccounts("""[{"id":"h","name":"H","ownerId":"lee"},{"id":"c","name":"C","ownerId":"kim","parentId":"h","domains":["c.co.jp"]}]""")));

    [Fact]
    public void duplicate_account_id_is_reported_at_the_later_account() =>
        Assert.Contains("duplicate id", SingleAt(WithAccounts("""[{"id":"a","name":"A"},{"id":"a","name":"B"}]"""), "accounts[1].id").Message);

    [Fact]
    public void an_owner_must_be_a_configured_rep() =>
        SingleAt(WithAccounts("""[{"id":"a","name":"A","ownerId":"ghost"}]"""), "accounts[0].ownerId");

    [Fact]
    public void a_parent_must_exist() =>
        SingleAt(WithAccounts("""[{"id":"a","name":"A","parentId":"nowhere"}]"""), "accounts[0].parentId");

    [Fact]
    public void a_parent_cycle_is_rejected_naming_the_chain() =>
        Assert.Contains("a → b → c → a", Errors(WithAccounts("""[{"id":"a","name":"A","parentId":"b"},{"id":"b","name":"B","parentId":"c"},{"id":"c","name":"C","parentId":"a"}]"""))
            .Single(e => e.Path == "accounts[0].parentId").Message);

    [Fact]
    public void an_account_cannot_be_its_own_parent() =>
        SingleAt(WithAccounts("""[{"id":"a","name":"A","parentId":"a"}]"""), "accounts[0].parentId");

    [Theory]
    [InlineData("https://acme.co.jp")]
    [InlineData("sales@acme.co.jp")]
    [InlineData("localhost")]
    [InlineData("acme .jp")]
    [InlineData("gmail.com")]
    public void a_domain_must_be_a_company_domain(string domain) =>
        SingleAt(WithAccounts($$"""[{"id":"a","name":"A","domains":["ok.de","{{domain}}"]}]"""), "accounts[0].domains[1]");

    [Fact]
    public void a_domain_claimed_by_two_accounts_is_reported_at_the_later_one() =>
        SingleAt(WithAccounts("""[{"id":"a","name":"A","domains":["acme.de"]},{"id":"b","name":"B","domains":["ACME.de"]}]"""), "accounts[1].domains[0]");

    [Fact]
    public void an_account_needs_a_name() =>
        SingleAt(WithAccounts("""[{"id":"a"}]"""), "accounts[0].name");

    [Fact]
    public void account_owner_excludes_pool_and_rep() =>
        SingleAt(WithAction("""{"type":"assign","accountOwner":true,"rep":"kim"}"""), "workflows[0].actions[0].accountOwner");

    [Fact]
    public void a_fallback_pool_must_exist() =>
        SingleAt(WithAction("""{"type":"assign","accountOwner":true,"fallbackPool":"nope"}"""), "workflows[0].actions[0].fallbackPool");

    [Fact]
    public void a_fallback_pool_needs_account_owner() =>
        SingleAt(WithAction("""{"type":"assign","pool":"inbound","fallbackPool":"managers"}"""), "workflows[0].actions[0].fallbackPool");

    [Fact]
    public void account_owner_with_an_existing_fallback_pool_is_valid() =>
        Assert.Empty(Errors(WithAction("""{"type":"assign","accountOwner":true,"fallbackPool":"managers"}""")));
}
