using System.Text.Json;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.Validation.SampleConfig;

namespace Switchboard.Engine.Tests.Validation;

public class SlaRulesTests
{
    private static readonly Sla Valid1h = new() { FirstTouch = "PT1H", OnBreach = "reassign", MaxReassignments = 2 };

    [Fact]
    public void sla_in_the_spec_shape_parses_into_a_typed_record()
    {
        var pool = JsonSerializer.Deserialize<Pool>("""{"id":"p","sla":{"firstTouch":"PT1H","onBreach":"reassign","maxReassignments":2}}""", EngineJson.Options)!;
        Assert.Equal(Valid1h, pool.Sla);
        Assert.Equal(NodaTime.Duration.FromHours(1), pool.Sla!.FirstTouchDuration);
    }

    [Fact]
    public void sla_keeps_its_json_shape_when_written()
    {
        var json = JsonSerializer.Serialize(Valid1h, EngineJson.Options);
        Assert.Equal("""{"firstTouch":"PT1H","onBreach":"reassign","maxReassignments":2}""", json);
    }

    [Fact]
    public void valid_pool_and_workflow_slas_are_accepted()
    {
        var config = WithPool(1, p => p with { Sla = Valid1h });
        config.Workflows[0] = config.Workflows[0] with { Sla = Valid1h with { OnBreach = "notify", MaxReassignments = 0 } };
        Assert.Empty(Errors(config));
    }

    [Theory]
    [InlineData("1 hour")]
    [InlineData("P1M")]
    [InlineData("PT0S")]
    public void pool_sla_first_touch_must_be_a_positive_iso_duration(string firstTouch) =>
        SingleAt(WithPool(1, p => p with { Sla = Valid1h with { FirstTouch = firstTouch } }), "pools[1].sla.firstTouch");

    [Fact]
    public void pool_sla_first_touch_is_required() =>
        SingleAt(WithPool(1, p => p with { Sla = Valid1h with { FirstTouch = "" } }), "pools[1].sla.firstTouch");

    [Fact]
    public void sla_on_breach_must_be_reassign_or_notify() =>
        Assert.Contains("reassign, notify", SingleAt(WithPool(1, p => p with { Sla = Valid1h with { OnBreach = "panic" } }), "pools[1].sla.onBreach").Message);

    [Fact]
    public void sla_max_reassignments_must_not_be_negative() =>
        SingleAt(WithPool(1, p => p with { Sla = Valid1h with { MaxReassignments = -1 } }), "pools[1].sla.maxReassignments");

    [Fact]
    public void workflow_sla_errors_carry_the_workflow_path() =>
        SingleAt(WithWorkflow(1, w => w with { Sla = Valid1h with { FirstTouch = "soon" } }), "workflows[1].sla.firstTouch");
}
