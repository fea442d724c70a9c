using System.Text.Json.Nodes;
using Switchboard.Engine.Intake;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Tests.Intake;

public sealed class IntakeRulesTests
{
    private static Lead Stored(string id, string json, string? externalId = null, string status = LeadStatus.Assigned) => new()
    {
        Id = id, ExternalId = externalId, Status = status, Data = JsonNode.Parse(json)!.AsObject(),
    };

    private static Submission Submit(string json, string? externalId = null, string? key = null) =>
        new(JsonNode.Parse(json)!.AsObject(), externalId, key);

    private static IntakeFacts Facts(params Lead[] duplicates) => new(null, null, duplicates);

    [Fact]
    public void a_repeated_idempotency_key_replays_the_lead_it_created()
    {
        var first = Stored("ld_1", """{"email":"a@x.kr"}""");
        var decision = IntakeRules.Decide(DedupePolicies.Merge, Submit("""{"email":"b@x.kr"}""", key: "k"), new(first, null, []));
        Assert.Equal((IntakeKind.Replay, "ld_1", null), (decision.Kind, decision.Lead!.Id, decision.DuplicateOf));
    }

    [Fact]
    public void a_repeated_key_of_a_merged_request_replays_naming_the_lead_it_was_merged_into()
    {
        var into = Stored("ld_1", """{"email":"a@x.kr"}""");
        var decision = IntakeRules.Decide(DedupePolicies.Merge, Submit("{}", key: "k"), new(null, into, []));
        Assert.Equal((IntakeKind.Replay, "ld_1"), (decision.Kind, decision.DuplicateOf));
    }

    [Fact]
    public void a_submission_matching_an_open_lead_by_email_is_merged_into_it()
    {
        var open = Stored("ld_1", """{"email":"Minji.Kim@Example.KR"}""");
        var decision = IntakeRules.Decide(DedupePolicies.Merge, Submit("""{"email":" minji.kim@example.kr","company":"Hanbit"}"""), Facts(open));
        Assert.Equal((IntakeKind.Merge, "ld_1", MatchedBy.Email), (decision.Kind, decision.Lead!.Id, decision.MatchedBy));
    }

    [Fact]
    public void a_closed_lead_is_not_a_duplicate()
    {
        var closed = Stored("ld_1", """{"email":"a@x.kr"}""", status: LeadStatus.Converted);
        Assert.Equal(IntakeKind.Create, IntakeRules.Decide(DedupePolicies.Merge, Submit("""{"email":"a@x.kr"}"""), Facts(closed)).Kind);
    }

    [Fact]
    public void an_external_id_match_beats_a_newer_email_match()
    {
        var byEmail = Stored("ld_2", """{"email":"a@x.kr"}""");
        var byExternalId = Stored("ld_1", "{}", externalId: "crm-7");
        var decision = IntakeRules.Decide(DedupePolicies.Merge, Submit("""{"email":"a@x.kr","city":"Seoul"}""", "crm-7"), Facts(byEmail, byExternalId));
        Assert.Equal(("ld_1", MatchedBy.ExternalId), (decision.Lead!.Id, decision.MatchedBy));
    }

    [Fact]
    public void among_equal_matches_the_newest_lead_wins()
    {
        var newest = Stored("ld_2", """{"phone":"090-1234-5678","country":"JP"}""");
        var older = Stored("ld_1", """{"phone":"+81 90 1234 5678"}""");
        var decision = IntakeRules.Decide(DedupePolicies.Merge, Submit("""{"phone":"09012345678","country":"日本"}"""), Facts(newest, older));
        Assert.Equal(("ld_2", MatchedBy.Phone), (decision.Lead!.Id, decision.MatchedBy));
    }

    [Fact]
    public void an_external_id_match_that_adds_nothing_is_a_retry_and_replays()
    {
        var open = Stored("ld_1", """{"email":"a@x.kr"}""", externalId: "crm-7");
        Assert.Equal(IntakeKind.Replay, IntakeRules.Decide(DedupePolicies.Merge, Submit("""{"email":"a@x.kr"}""", "crm-7"), Facts(open)).Kind);
    }

    [Fact]
    public void under_create_only_a_repeated_external_id_replays()
    {
        var open = Stored("ld_1", """{"email":"a@x.kr"}""", externalId: "crm-7");
        Assert.Equal(IntakeKind.Create, IntakeRules.Decide(DedupePolicies.Create, Submit("""{"email":"a@x.kr"}"""), Facts(open)).Kind);
        Assert.Equal(IntakeKind.Replay, IntakeRules.Decide(DedupePolicies.Create, Submit("""{"email":"b@x.kr"}""", "crm-7"), Facts(open)).Kind);
    }

    [Fact]
    public void under_create_duplicates_are_looked_up_by_external_id_alone()
    {
        Assert.Equal(new ContactMatch("crm-7", null, null), IntakeRules.MatchOn(DedupePolicies.Create, Submit("""{"email":"a@x.kr"}""", "crm-7")));
        Assert.Null(IntakeRules.MatchOn(DedupePolicies.Create, Submit("""{"email":"a@x.kr"}""")));
        Assert.Equal(new ContactMatch(null, "a@x.kr", null), IntakeRules.MatchOn(DedupePolicies.Merge, Submit("""{"email":"A@x.kr"}""")));
    }
}
