using System.Text.Json.Nodes;
using Switchboard.Engine.Config;
using static Switchboard.Engine.Tests.Config.DiffConfigs;

namespace Switchboard.Engine.Tests.Config;

/// <summary>Write-only values (webhook secrets, Slack URLs) are said to change, never shown.</summary>
public sealed class ConfigDiffSecretTests
{
    private static JsonObject Notice(string channel, string url, string? secret = null) => new()
    {
        ["type"] = "notify", ["channel"] = channel, ["url"] = url, ["secret"] = secret,
    };

    private static void WithNotice(JsonObject document, JsonObject notice) => WorkflowsOf(document)[1]!["actions"]!.AsArray().Add(notice);

    [Fact]
    public void a_changed_webhook_secret_is_changed_without_either_value()
    {
        var before = Sample(d => WithNotice(d, Notice("webhook", "https://hooks.example.com/a", "old-secret")));
        var after = Sample(d => WithNotice(d, Notice("webhook", "https://hooks.example.com/a", "new-secret")));

        var change = Assert.Single(ConfigDiff.Between(before, after).Changes);

        Assert.Equal((DifferenceKinds.Changed, "workflows[id=updates].actions[1].secret", true), (change.Kind, change.Path, change.Secret));
        Assert.Null(change.Before);
        Assert.Null(change.After);
    }

    [Fact]
    public void a_changed_slack_url_is_changed_without_either_value()
    {
        var before = Sample(d => WithNotice(d, Notice("slack", "https://hooks.slack.com/services/T1/B1/old")));
        var after = Sample(d => WithNotice(d, Notice("slack", "https://hooks.slack.com/services/T1/B1/new")));

        var change = Assert.Single(ConfigDiff.Between(before, after).Changes);

        Assert.Equal((true, null, null), (change.Secret, change.Before, change.After));
    }

    [Fact]
    public void an_added_workflow_shows_its_secret_as_the_placeholder()
    {
        var workflow = Workflow("hook");
        workflow["actions"]!.AsArray().Add(Notice("webhook", "https://hooks.example.com/a", "s3cr3t"));

        var change = Assert.Single(After(d => WorkflowsOf(d).Add(workflow)).Changes);

        Assert.DoesNotContain("s3cr3t", change.After!.ToJsonString());
        Assert.Equal(SecretValues.Placeholder, change.After!["actions"]![1]!["secret"]!.GetValue<string>());
        Assert.Equal("https://hooks.example.com/a", change.After!["actions"]![1]!["url"]!.GetValue<string>());
    }
}
