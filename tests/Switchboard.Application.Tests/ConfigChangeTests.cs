using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;

namespace Switchboard.Application.Tests;

public class ConfigChangeTests
{
    private static ConfigChange Invalid(params string[] paths) =>
        new(ConfigOutcome.Invalid, null, [.. paths.Select(p => new ValidationError(p, "bad"))], new RoutingConfig());

    [Fact]
    public void errors_inside_an_item_read_relative_to_it_and_the_item_itself_as_dollar()
    {
        var paths = Invalid("reps[1].outOfOffice[0].to", "reps[1]", "reps[1][0]").ErrorsInside("reps[1]").Select(e => e.Path);

        Assert.Equal(["outOfOffice[0].to", "$", "[0]"], paths);
    }

    [Fact]
    public void errors_of_another_item_whose_index_starts_alike_keep_their_path()
    {
        var paths = Invalid("reps[10].name", "reps[12]", "pools[0].members").ErrorsInside("reps[1]").Select(e => e.Path);

        Assert.Equal(["reps[10].name", "reps[12]", "pools[0].members"], paths);
    }
}
