using System.Text.Json.Nodes;
using Switchboard.Engine.Config;
using static Switchboard.Engine.Tests.Config.DiffConfigs;

namespace Switchboard.Engine.Tests.Config;

public sealed class ConfigDiffTests
{
    [Fact]
    public void the_same_configuration_has_no_differences()
    {
        var diff = ConfigDiff.Between(Sample(), Sample());

        Assert.Empty(diff.Changes);
        Assert.Equal(new DiffSummary(0, 0, 0, 0), diff.Summary);
    }

    [Fact]
    public void the_version_alone_is_no_difference()
    {
        Assert.Empty(After(d => d["version"] = 8).Changes);
    }

    [Fact]
    public void a_changed_condition_value_names_its_workflow_by_id_and_by_position_with_before_and_after()
    {
        var diff = After(d => WorkflowsOf(d)[0]!["conditions"]!["all"]![1]!["value"] = "未定");

        var change = Assert.Single(diff.Changes);
        Assert.Equal((DifferenceKinds.Changed, "workflows[id=hokkaido].conditions.all[1].value", "$.workflows[0].conditions.all[1].value"),
            (change.Kind, change.Path, change.JsonPath));
        Assert.Equal(("3カ月以内", "未定"), (change.Before!.GetValue<string>(), change.After!.GetValue<string>()));
    }

    [Fact]
    public void a_workflow_inserted_first_is_one_addition_at_its_position()
    {
        var diff = After(d => WorkflowsOf(d).Insert(0, Workflow("tokyo")));

        var change = Assert.Single(diff.Changes);
        Assert.Equal((DifferenceKinds.Added, "workflows[id=tokyo]", "$.workflows[0]"), (change.Kind, change.Path, change.JsonPath));
        Assert.Equal("tokyo", change.After!["id"]!.GetValue<string>());
    }

    [Fact]
    public void workflows_in_another_order_are_one_reordering_listing_the_ids_both_ways()
    {
        var diff = After(d =>
        {
            var first = WorkflowsOf(d)[0]!;
            WorkflowsOf(d).RemoveAt(0);
            WorkflowsOf(d).Add(first);
        });

        var change = Assert.Single(diff.Changes);
        Assert.Equal((DifferenceKinds.Reordered, "workflows"), (change.Kind, change.Path));
        Assert.Equal("""["hokkaido","updates"]""", change.Before!.ToJsonString());
        Assert.Equal("""["updates","hokkaido"]""", change.After!.ToJsonString());
    }

    [Fact]
    public void a_removed_rep_is_one_removal_with_its_record_and_its_old_position()
    {
        var diff = After(d => d["reps"]!.AsArray().RemoveAt(3));

        var change = Assert.Single(diff.Changes);
        Assert.Equal((DifferenceKinds.Removed, "reps[id=mueller]", "$.reps[3]"), (change.Kind, change.Path, change.JsonPath));
        Assert.Equal("Jonas Müller", change.Before!["name"]!.GetValue<string>());
        Assert.Null(change.After);
    }

    [Fact]
    public void pool_members_are_matched_by_rep_id()
    {
        var diff = After(d =>
        {
            var members = d["pools"]![0]!["members"]!.AsArray();
            members.Insert(0, new JsonObject { ["repId"] = "lee", ["weight"] = 1 });
            members[2]!["weight"] = 3;
        });

        Assert.Equal(
            [(DifferenceKinds.Added, "pools[id=inbound].members[repId=lee]"), (DifferenceKinds.Changed, "pools[id=inbound].members[repId=sato].weight")],
            diff.Changes.Select(c => (c.Kind, c.Path)));
    }

    [Fact]
    public void a_list_of_plain_values_is_one_value()
    {
        var diff = After(d => d["pools"]![0]!["eligibility"]!["matchSkills"] = new JsonArray("language"));

        var change = Assert.Single(diff.Changes);
        Assert.Equal("pools[id=inbound].eligibility.matchSkills", change.Path);
        Assert.Equal(("""["region","language"]""", """["language"]"""), (change.Before!.ToJsonString(), change.After!.ToJsonString()));
    }

    [Fact]
    public void a_setting_given_where_it_was_empty_is_an_addition()
    {
        var diff = After(d => d["settings"]!["nurtureList"] = "recycle");

        var change = Assert.Single(diff.Changes);
        Assert.Equal((DifferenceKinds.Added, "settings.nurtureList", "recycle"), (change.Kind, change.Path, change.After!.GetValue<string>()));
    }

    [Fact]
    public void a_name_that_is_not_an_identifier_is_quoted_in_both_paths()
    {
        var diff = After(d => d["reps"]![0]!["skills"] = new JsonObject { ["導入 時期"] = new JsonArray("3カ月以内") });

        var change = Assert.Single(diff.Changes);
        Assert.Equal(("reps[id=kim].skills", DifferenceKinds.Added), (change.Path, change.Kind));
        var inner = JsonDiff.Compare(new JsonObject { ["a b"] = 1 }, new JsonObject { ["a b"] = 2 }).Single();
        Assert.Equal(("[\"a b\"]", "$[\"a b\"]"), (inner.Path, inner.JsonPath));
    }
}
