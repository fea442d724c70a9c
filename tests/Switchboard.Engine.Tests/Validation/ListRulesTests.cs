using System.Text.Json;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Validation.SampleConfig;

namespace Switchboard.Engine.Tests.Validation;

public class ListRulesTests
{
    private static RoutingConfig WithLists(string lists = """[{"id":"seminar","name":"セミナー参加者"}]""", string campaigns = """[{"id":"spring","name":"Spring"}]""") =>
        Valid with
        {
            Lists = JsonSerializer.Deserialize<List<LeadList>>(lists, JsonSerializerOptions.Web)!,
            Campaigns = JsonSerializer.Deserialize<List<Campaign>>(campaigns, JsonSerializerOptions.Web)!,
        };

    [Fact]
    public void lists_and_campaigns_are_read_from_the_document()
    {
        var config = JsonSerializer.Deserialize<RoutingConfig>("""{"lists":[{"id":"upsell","name":"Upsell"}],"campaigns":[{"id":"fall","name":"Fall"}]}""", JsonSerializerOptions.Web)!;
        Assert.Equal((new LeadList { Id = "upsell", Name = "Upsell" }, new Campaign { Id = "fall", Name = "Fall" }), (config.Lists.Single(), config.Campaigns.Single()));
        Assert.Null(config.Other);
    }

    [Fact]
    public void list_id_must_match_the_id_pattern() =>
        SingleAt(WithLists("""[{"id":"セミナー","name":"x"}]"""), "lists[0].id");

    [Fact]
    public void duplicate_list_id_is_reported_at_the_later_list() =>
        Assert.Contains("duplicate id", SingleAt(WithLists("""[{"id":"a"},{"id":"a"}]"""), "lists[1].id").Message);

    [Fact]
    public void campaign_without_an_id_is_an_error() =>
        SingleAt(WithLists(campaigns: """[{"name":"nameless"}]"""), "campaigns[0].id");

    [Fact]
    public void duplicate_campaign_id_is_reported_at_the_later_campaign() =>
        SingleAt(WithLists(campaigns: """[{"id":"c"},{"id":"c"}]"""), "campaigns[1].id");

    [Fact]
    public void nurture_list_must_be_a_configured_list() =>
        Assert.Contains("recycle", SingleAt(WithLists() with { Settings = new Settings { NurtureList = "recycle" } }, "settings.nurtureList").Message);

    [Fact]
    public void nurture_list_naming_a_list_is_accepted() =>
        Assert.Empty(Errors(WithLists() with { Settings = new Settings { NurtureList = "seminar" } }));

    [Theory]
    [InlineData(Triggers.LeadRejected)]
    [InlineData(Triggers.SlaBreached)]
    public void rejected_and_sla_breached_triggers_are_accepted(string trigger) =>
        Assert.Empty(Errors(WithWorkflow(0, w => w with { Trigger = new Trigger { Type = trigger } })));
}
