using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using static Switchboard.Engine.Tests.Validation.SampleConfig;

namespace Switchboard.Engine.Tests.Validation;

public class SettingsAndEntryPointTests
{
    [Fact]
    public void fallback_pool_must_exist() =>
        SingleAt(Valid with { Settings = new Settings { FallbackPool = "nowhere" } }, "settings.fallbackPool");

    [Fact]
    public void fallback_pool_may_be_absent() =>
        Assert.Empty(Errors(Valid with { Settings = new Settings { FallbackPool = null } }));

    [Fact]
    public void unknown_dedupe_policy_is_an_error() =>
        SingleAt(Valid with { Settings = new Settings { FallbackPool = "managers", Dedupe = "skip" } }, "settings.dedupe");

    [Fact]
    public void create_dedupe_policy_is_accepted() =>
        Assert.Empty(Errors(Valid with { Settings = new Settings { Dedupe = "create" } }));

    [Fact]
    public void empty_configuration_is_valid() => Assert.Empty(ConfigValidator.Validate(new RoutingConfig()));

    [Fact]
    public void json_nulls_are_reported_as_errors_not_thrown()
    {
        var config = System.Text.Json.JsonSerializer.Deserialize<RoutingConfig>("""
            {"settings":{"dedupe":null},"reps":[null,{"id":null,"role":null,"status":null,"timeZone":null,"workingHours":{"mon":null}}],
             "pools":[{"id":"p","strategy":null,"members":null,"whenNoneEligible":null,"eligibility":{"matchSkills":null}}],
             "workflows":[{"id":"w","trigger":null,"conditions":{"all":null},"actions":null}]}
            """, System.Text.Json.JsonSerializerOptions.Web)!;
        Assert.Equal(
            ["reps[0]", "reps[1].id", "reps[1].role", "reps[1].status", "reps[1].timeZone", "reps[1].workingHours.mon",
             "pools[0].strategy", "pools[0].members", "pools[0].whenNoneEligible",
             "workflows[0].trigger", "workflows[0].conditions", "workflows[0].actions", "settings.dedupe"],
            ConfigValidator.Validate(config).Select(e => e.Path));
    }

    [Fact]
    public void validate_rep_reports_under_the_given_path()
    {
        var errors = new List<ValidationError>();
        ConfigValidator.ValidateRep(new Rep { Id = "new", TimeZone = "Mars/Olympus" }, "rep", Valid, errors);
        Assert.Equal("rep.timeZone", Assert.Single(errors).Path);
    }

    [Fact]
    public void validate_rep_resolves_the_manager_in_the_context()
    {
        var errors = new List<ValidationError>();
        ConfigValidator.ValidateRep(new Rep { Id = "new", ManagerId = "lee" }, "rep", Valid, errors);
        ConfigValidator.ValidateRep(new Rep { Id = "new", ManagerId = "lee" }, "rep", new RoutingConfig(), errors);
        Assert.Equal("rep.managerId", Assert.Single(errors).Path);
    }

    [Fact]
    public void validate_pool_resolves_members_in_the_context()
    {
        var errors = new List<ValidationError>();
        var pool = new Pool { Id = "apac", Members = [new PoolMember { RepId = "kim" }, new PoolMember { RepId = "park" }] };
        ConfigValidator.ValidatePool(pool, "pool", Valid, errors);
        Assert.Equal("pool.members[1].repId", Assert.Single(errors).Path);
    }

    [Fact]
    public void validate_workflow_reports_under_the_given_path()
    {
        var errors = new List<ValidationError>();
        ConfigValidator.ValidateWorkflow(new Workflow { Id = "w", Trigger = new Trigger { Type = "sometimes" }, Actions = [new WorkflowAction { Type = "set_stage", Stage = "New" }] }, "workflow", Valid, errors);
        Assert.Equal("workflow.trigger.type", Assert.Single(errors).Path);
    }

    [Fact]
    public void errors_of_every_section_are_reported_together()
    {
        var config = Valid;
        config.Reps[0] = config.Reps[0] with { Role = "boss" };
        config.Pools[1] = config.Pools[1] with { Strategy = "lottery" };
        config.Workflows[1] = config.Workflows[1] with { Actions = [] };
        Assert.Equal(
            ["reps[0].role", "pools[1].strategy", "workflows[1].actions", "settings.dedupe"],
            ConfigValidator.Validate(config with { Settings = new Settings { Dedupe = "?" } }).Select(e => e.Path));
    }
}
