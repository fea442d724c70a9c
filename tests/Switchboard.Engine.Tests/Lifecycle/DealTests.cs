using Switchboard.Engine.Model;
using Switchboard.Engine.Tests.Workflows;
using Switchboard.Engine.Workflows;
using static Switchboard.Engine.Tests.Workflows.Scenario;

namespace Switchboard.Engine.Tests.Lifecycle;

public sealed class DealTests
{
    private static Scenario With(string extra = "") => new($$"""
        {"reps":[{{Reps("kim", "sato")}}],
         "pools":[{"id":"inbound","members":[{"repId":"kim"},{"repId":"sato"}]}],
         "lists":[{"id":"re-nurture","name":"Re-nurture"},{"id":"upsell","name":"Upsell"},{"id":"converted","name":"Converted"}],
         "workflows":[{"id":"inbound","trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"inbound"}]},
           {"id":"lost","trigger":{"type":"deal.stage.changed","to":"lost"},"actions":[{"type":"add_to_list","list":"re-nurture"}]},
           {"id":"won","trigger":{"type":"deal.stage.changed","to":"won"},"actions":[{"type":"add_to_list","list":"upsell"}]},
           {"id":"big","trigger":{"type":"deal.stage.changed"},"conditions":{"all":[{"field":"deal.amount","op":"gte","value":1000000}]},
            "actions":[{"type":"add_to_list","list":"converted"}]}]{{extra}}}
        """);

    private static Conversion Convert(Scenario scenario, Lead lead, decimal amount = 5000, string? pipeline = null) =>
        Router.Convert(scenario.Config, scenario.State, lead, new DealRequest("deal-1", amount, pipeline), scenario.Now).Value!;

    [Fact]
    public void converting_makes_a_deal_at_the_first_stage_owned_by_the_leads_owner()
    {
        var scenario = With();
        var (lead, _) = scenario.Create("""{"company":"ACME 株式会社"}""");
        var deal = Convert(scenario, lead).Deal;
        Assert.Equal(("default", "First meeting", DealStatus.Open, "kim", "ACME 株式会社", 5000m),
            (deal.Pipeline, deal.Stage, deal.Status, deal.OwnerId, deal.Name, deal.Amount));
    }

    [Fact]
    public void converting_closes_the_lead_moves_it_to_stage_convert_and_frees_the_owners_open_count()
    {
        var scenario = With();
        var (lead, _) = scenario.Create("{}");
        var conversion = Convert(scenario, lead);
        Assert.Equal((LeadStatus.Converted, "Convert", "kim", 0), (lead.Status, lead.Stage, lead.OwnerId, scenario.State.Load("kim").Open));
        Assert.Contains(conversion.Evaluation.Decisions, d => d.Outcome == "stage_changed" && d.Trigger == "stage.changed");
    }

    [Fact]
    public void a_converted_lead_cannot_be_converted_again()
    {
        var scenario = With();
        var (lead, _) = scenario.Create("{}");
        Convert(scenario, lead);
        var refusal = Router.Convert(scenario.Config, scenario.State, lead, new DealRequest("deal-2", 1), scenario.Now).Refusal!;
        Assert.Equal((RefusalKind.Conflict, "status"), (refusal.Kind, refusal.Path));
    }

    [Fact]
    public void converting_into_an_unknown_pipeline_is_refused_before_anything_changes()
    {
        var scenario = With();
        var (lead, _) = scenario.Create("{}");
        var refusal = Router.Convert(scenario.Config, scenario.State, lead, new DealRequest("deal-1", 1, "nope"), scenario.Now).Refusal!;
        Assert.Equal((RefusalKind.Invalid, "pipeline"), (refusal.Kind, refusal.Path));
        Assert.Equal(LeadStatus.Assigned, lead.Status);
    }

    [Fact]
    public void a_named_pipeline_starts_the_deal_at_its_own_first_stage()
    {
        var scenario = With(""","pipelines":[{"id":"default","stages":["Qualify"]},{"id":"renewal","stages":["Quote","Sign"]}]""");
        var (lead, _) = scenario.Create("{}");
        var deal = Convert(scenario, lead, pipeline: "renewal").Deal;
        Assert.Equal(("renewal", "Quote"), (deal.Pipeline, deal.Stage));
    }

    [Fact]
    public void a_lost_deal_puts_its_lead_on_the_re_nurture_list_and_a_won_one_on_the_upsell_list()
    {
        var scenario = With();
        var (lost, _) = scenario.Create("{}");
        var (won, _) = scenario.Create("{}");
        var lostMove = Move(scenario, lost, "lost");
        var wonMove = Move(scenario, won, "won");
        Assert.Equal(["re-nurture"], lostMove.Evaluation.Effects.Memberships.Select(m => m.TargetId));
        Assert.Equal(["upsell"], wonMove.Evaluation.Effects.Memberships.Select(m => m.TargetId));
        Assert.Equal((DealStatus.Lost, scenario.Now), (lostMove.Deal.Status, lostMove.Deal.ClosedAt));
    }

    [Fact]
    public void deal_conditions_read_the_deal_amount()
    {
        var scenario = With();
        var (lead, _) = scenario.Create("{}");
        var deal = Convert(scenario, lead, amount: 2_500_000).Deal;
        var moved = Router.MoveDeal(scenario.Config, scenario.State, lead, deal, "Proposal", scenario.Now).Value!;
        Assert.Equal(["converted"], moved.Evaluation.Effects.Memberships.Select(m => m.TargetId));
    }

    [Fact]
    public void moving_a_deal_to_a_stage_its_pipeline_lacks_is_refused()
    {
        var scenario = With();
        var (lead, _) = scenario.Create("{}");
        var deal = Convert(scenario, lead).Deal;
        var refusal = Router.MoveDeal(scenario.Config, scenario.State, lead, deal, "Closing", scenario.Now).Refusal!;
        Assert.Equal((RefusalKind.Invalid, "stage"), (refusal.Kind, refusal.Path));
    }

    [Fact]
    public void reopening_a_closed_deal_clears_its_close_time()
    {
        var scenario = With();
        var (lead, _) = scenario.Create("{}");
        var lost = Move(scenario, lead, "lost").Deal;
        var reopened = Router.MoveDeal(scenario.Config, scenario.State, lead, lost, "Negotiation", scenario.Now).Value!.Deal;
        Assert.Equal((DealStatus.Open, (NodaTime.Instant?)null), (reopened.Status, reopened.ClosedAt));
    }

    private static Conversion Move(Scenario scenario, Lead lead, string stage)
    {
        var deal = Convert(scenario, lead).Deal;
        return Router.MoveDeal(scenario.Config, scenario.State, lead, deal, stage, scenario.Now).Value!;
    }
}
