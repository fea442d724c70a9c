namespace Switchboard.Server.Tests;

/// <summary>A configuration with Hot Profile's lifecycle: scoring, and lists fed by score, events, stages and deals.</summary>
public static class LifecycleConfigs
{
    public static readonly string HotProfile = $$"""
        {"settings":{"fallbackPool":null,"dedupe":"merge"},
         "reps":[{{TestConfigs.Reps("kim", "sato")}}],
         "pools":[{"id":"inbound","name":"Inbound","strategy":"round_robin","members":[{"repId":"kim"},{"repId":"sato"}]}],
         "lists":[{"id":"hot","name":"HOT"},{"id":"seminar","name":"セミナー参加者"},{"id":"mql","name":"MQL"},
                  {"id":"re-nurture","name":"Re-nurture"},{"id":"upsell","name":"Upsell"}],
         "scoring":{"fit":[{"when":{"field":"industry","op":"in","value":["manufacturing","製造業"]},"points":30}],
                    "events":{"page_visit":{"points":2,"max":20},"seminar_attended":{"points":25},"campaign_reaction":{"points":10} },
                    "halfLife":"P30D"},
         "workflows":[
           {"id":"inbound","name":"Inbound","trigger":{"type":"lead.created"},"actions":[{"type":"assign","pool":"inbound"}]},
           {"id":"hot","name":"HOT","trigger":{"type":"score.crossed","grade":"hot"},"actions":[{"type":"add_to_list","list":"hot"}]},
           {"id":"seminar","name":"Seminar","trigger":{"type":"event.received","eventType":"seminar_attended"},
            "actions":[{"type":"add_to_list","list":"seminar"}]},
           {"id":"mql","name":"MQL","trigger":{"type":"stage.changed","from":"Nurturing","to":"MQL"},"actions":[{"type":"add_to_list","list":"mql"}]},
           {"id":"lost","name":"Lost","trigger":{"type":"deal.stage.changed","to":"lost"},"actions":[{"type":"add_to_list","list":"re-nurture"}]},
           {"id":"won","name":"Won","trigger":{"type":"deal.stage.changed","to":"won"},"actions":[{"type":"add_to_list","list":"upsell"}]}]}
        """;
}
