using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;

namespace Switchboard.Engine.Tests.Accounts;

public sealed class AccountOwnerTests
{
    private static string Config(string satoExtras = "", string holdingsOwner = "\"ownerId\":\"lee\",", string fallback = ",\"fallbackPool\":\"inbound\"") => $$"""
        {"reps":[{"id":"sato","name":"佐藤"{{satoExtras}}},{"id":"lee","name":"이수진"},{"id":"a","name":"A"},{"id":"b","name":"B"}],
         "pools":[{"id":"inbound","members":[{"repId":"a"},{"repId":"b"}]}],
         "accounts":[
           {"id":"acme-holdings","name":"ACME Holdings",{{holdingsOwner}}"domains":["acme-holdings.com"]},
           {"id":"acme","name":"ACME 株式会社","domains":["acme.co.jp"],"ownerId":"sato","parentId":"acme-holdings"}],
         "workflows":[{"id":"accounts","trigger":{"type":"lead.created"},
                       "actions":[{"type":"assign","accountOwner":true{{fallback}}}]}]}
        """;

    [Fact]
    public void the_matched_accounts_eligible_owner_gets_the_lead()
    {
        var (lead, decisions) = new Scenario(Config()).Create("""{"email":"taro@acme.co.jp"}""");
        Assert.Equal("sato", lead.OwnerId);
        var decision = Assert.Single(decisions);
        Assert.Equal(("account_owner", "assigned"), (decision.Strategy, decision.Outcome));
        Assert.Contains("matches account acme by email domain acme.co.jp", decision.Why);
        Assert.Equal([new Candidate("sato", true, null)], decision.Candidates);
    }

    [Fact]
    public void an_ineligible_owner_hands_the_lead_up_the_hierarchy()
    {
        var (lead, decisions) = new Scenario(Config(",\"active\":false")).Create("""{"company":"株式会社ACME"}""");
        Assert.Equal("lee", lead.OwnerId);
        var decision = Assert.Single(decisions);
        Assert.Equal([new Candidate("sato", false, "inactive"), new Candidate("lee", true, null)], decision.Candidates);
        Assert.Contains("account acme's owner sato is not eligible (inactive), trying parent acme-holdings", decision.Why);
        Assert.Contains("account acme-holdings's owner lee is eligible", decision.Why);
    }

    [Fact]
    public void a_parent_without_an_owner_is_passed_over_to_the_fallback_pool()
    {
        var (lead, decisions) = new Scenario(Config(",\"active\":false", holdingsOwner: "")).Create("""{"email":"x@acme.co.jp"}""");
        Assert.Equal("a", lead.OwnerId);
        Assert.Equal(["fallback", "assigned"], decisions.Select(d => d.Outcome));
        Assert.Contains("account acme-holdings has no owner", decisions[0].Why);
        Assert.Equal(("inbound", "round_robin"), (decisions[1].PoolId, decisions[1].Strategy));
    }

    [Fact]
    public void a_lead_of_no_account_goes_to_the_fallback_pool()
    {
        var (lead, decisions) = new Scenario(Config()).Create("""{"email":"someone@gmail.com","company":"Unknown KK"}""");
        Assert.Equal("a", lead.OwnerId);
        Assert.Contains("no account matches the lead", decisions[0].Why);
        Assert.Empty(decisions[0].Candidates);
    }

    [Fact]
    public void without_a_fallback_pool_a_lead_of_no_account_is_left_to_later_routing()
    {
        var (lead, decisions) = new Scenario(Config(fallback: "")).Create("""{"email":"someone@example.org"}""");
        Assert.Null(lead.OwnerId);
        Assert.Equal("not_eligible", decisions[0].Outcome);
        Assert.Equal(LeadStatus.Unassigned, lead.Status);
    }
}
