using System.Text.Json.Nodes;
using Switchboard.Engine.Intake;

namespace Switchboard.Engine.Tests.Intake;

public sealed class LeadPatchTests
{
    private static JsonObject Json(string json) => JsonNode.Parse(json)!.AsObject();

    [Fact]
    public void a_patch_names_only_the_fields_that_really_changed()
    {
        var data = Json("""{"company":"Hanbit","city":"Seoul"}""");
        Assert.Equal(["city"], LeadPatch.Apply(data, Json("""{"company":"Hanbit","city":"Busan"}""")));
        Assert.Equal("Busan", (string?)data["city"]);
    }

    [Fact]
    public void custom_fields_are_merged_by_name()
    {
        var data = Json("""{"fields":{"予算":"500万円","業種":"製造業"}}""");
        Assert.Equal(["fields.予算"], LeadPatch.Apply(data, Json("""{"fields":{"予算":"800万円"}}""")));
        Assert.Equal("製造業", (string?)data["fields"]!["業種"]);
    }

    [Fact]
    public void null_removes_a_field()
    {
        var data = Json("""{"company":"Hanbit","city":"Seoul"}""");
        Assert.Equal(["city"], LeadPatch.Apply(data, Json("""{"city":null}""")));
        Assert.False(data.ContainsKey("city"));
    }
}
