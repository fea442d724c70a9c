using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Actions.FollowUpScenario;

namespace Switchboard.Engine.Tests.Actions;

public sealed class TemplateTests
{
    private static readonly Rep Sato = new() { Id = "sato", Name = "佐藤 花子", Email = "sato@example.jp" };

    private static Lead NewLead() => With(AssignSato).NewLead(Hanako);

    [Fact]
    public void template_renders_custom_japanese_field() =>
        Assert.Equal("導入検討時期: 3カ月以内", Template.Render("導入検討時期: {{lead.fields.導入検討時期}}", NewLead(), null, null, ""));

    [Fact]
    public void template_renders_lead_and_owner_fields()
    {
        var lead = NewLead();
        Assert.Equal($"Hanako / 佐藤 花子 / {lead.Id} / w1",
            Template.Render("{{lead.firstName}} / {{ owner.name }} / {{lead.id}} / {{workflow.id}}", lead, Sato, "w1", ""));
    }

    [Fact]
    public void placeholder_without_a_value_renders_as_nothing() =>
        Assert.Equal("[]", Template.Render("[{{lead.fields.unknown}}{{owner.name}}]", NewLead(), null, null, ""));

    [Fact]
    public void text_without_placeholders_is_kept_as_is() =>
        Assert.Equal("{single} braces } stay", Template.Render("{single} braces } stay", NewLead(), null, null, ""));

    [Fact]
    public void rendered_template_is_the_notification_text()
    {
        var (_, ev) = With($$$"""{{{AssignSato}}},{"type":"notify","channel":"slack","url":"https://hooks.example.com/x","template":"{{owner.name}}さん、{{lead.company}}の新しいリード"}""").CreateEvaluated(Hanako);
        Assert.Equal("佐藤 花子さん、ACME 株式会社の新しいリード", Str(Assert.Single(ev.Effects.Messages).Payload["body"]!["text"]));
    }
}
