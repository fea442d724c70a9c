using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task metrics_count_routed_leads_decisions_group_commits_and_the_writer_queue_in_prometheus_format()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        for (var i = 0; i < 3; i++) await app.Admin().PostJson("/api/leads", $$"""{"email":"m{{i}}@example.de"}""");
        var response = await app.Anonymous().GetAsync("/metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(Sample(text, "switchboard_routing_commands_total", "outcome=\"created\"") >= 3, text);
        Assert.True(Sample(text, "switchboard_routing_decisions_total") >= 3, text);
        Assert.True(Sample(text, "switchboard_routing_group_size_count") >= 1, text);
        Assert.True(Sample(text, "switchboard_routing_group_duration_seconds_count") >= 1, text);
        Assert.True(Sample(text, "switchboard_routing_queue") >= 0, text);
        Assert.Contains("service_name=\"switchboard\"", text);
    }

    /// <summary>The value of the first sample of <paramref name="metric"/> whose labels contain <paramref name="label"/>; -1 when there is none.</summary>
    private static double Sample(string exposition, string metric, string label = "")
    {
        foreach (Match match in Regex.Matches(exposition, $@"^{metric}(\{{[^}}]*\}})? (\S+)", RegexOptions.Multiline))
            if (match.Groups[1].Value.Contains(label, StringComparison.Ordinal))
                return double.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        return -1;
    }
}
