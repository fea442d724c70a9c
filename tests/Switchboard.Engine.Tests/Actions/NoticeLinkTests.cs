using Switchboard.Engine.Model;
using Switchboard.Engine.Workflows;
using static Switchboard.Engine.Tests.Actions.FollowUpScenario;

namespace Switchboard.Engine.Tests.Actions;

public sealed class NoticeLinkTests
{
    private const string PublicUrl = "https://switchboard.example.com/";

    private static (Lead Lead, Evaluation Evaluation) Run(string actions)
    {
        var scenario = With(actions);
        var lead = scenario.NewLead(Hanako);
        return (lead, Router.Evaluate(scenario.Config.WithPublicUrl(PublicUrl), scenario.State, lead, new TriggerEvent(Triggers.LeadCreated), scenario.Now));
    }

    [Fact]
    public void a_notice_links_the_leads_console_page_at_the_public_address()
    {
        var (lead, ev) = Run($$"""{{AssignSato}},{"type":"notify","channel":"slack","url":"https://hooks.slack.com/x"}""");
        var text = Str(Assert.Single(ev.Effects.Messages).Payload["body"]!["text"]);
        Assert.EndsWith("\nhttps://switchboard.example.com/leads/" + lead.Id, text);
    }

    [Fact]
    public void a_webhook_snapshot_links_the_leads_console_page()
    {
        var (lead, ev) = Run($$"""{{AssignSato}},{"type":"notify","channel":"webhook","url":"https://crm.example.com/in","secret":"s"}""");
        Assert.Equal("https://switchboard.example.com/leads/" + lead.Id, Str(Assert.Single(ev.Effects.Messages).Payload["body"]!["lead"]!["link"]));
    }

    [Fact]
    public void the_link_placeholder_is_the_console_page()
    {
        var (lead, ev) = Run($$$"""{{{AssignSato}}},{"type":"create_task","title":"See {{lead.link}}"}""");
        Assert.Equal("See https://switchboard.example.com/leads/" + lead.Id, Assert.Single(ev.Effects.Tasks).Title);
    }
}
