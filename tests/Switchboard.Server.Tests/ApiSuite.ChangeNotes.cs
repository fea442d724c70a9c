using System.Net;
using Switchboard.Storage.Tests;

namespace Switchboard.Server.Tests;

/// <summary>
/// The X-Change-Note header carries text beyond ASCII as percent-encoded UTF-8; plain ASCII stays as it is;
/// anything else is a 400 naming the header that writes nothing.
/// </summary>
public abstract partial class ApiSuite
{
    [StoreFact]
    public async Task a_percent_encoded_utf8_change_note_is_kept_decoded_and_its_ascii_as_it_is()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var text = "김민지 근무 시간 · 営業時間の変更 · Grüße an Müller 👋";

        var answer = await app.Admin().Send(HttpMethod.Patch, "/api/reps/r1", """{"level":2}""", note: "Q1+Q2: " + Uri.EscapeDataString(text));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal("Q1+Q2: " + text, await LatestNoteAsync(app));
    }

    [StoreFact]
    public async Task a_change_note_that_is_not_percent_encoded_utf8_is_a_400_naming_the_header_and_changes_nothing()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        string[] malformed = ["50%", "%", "%E", "%ZZ", "%ED%95", "%FF", "%C0%AF", "%ED%A0%80", "%F4%90%80%80", "김민지"];

        foreach (var note in malformed)
        {
            var answer = await client.Send(HttpMethod.Patch, "/api/reps/r1", """{"level":2}""", note: note);
            Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{note}: {answer.StatusCode}");
            Assert.NotNull((await answer.Json())["errors"]!["X-Change-Note"]);
        }
        Assert.Equal(1, await client.VersionCount());
    }

    [StoreFact]
    public async Task a_decoded_change_note_breaking_the_text_rules_is_a_400_naming_the_header()
    {
        await using var app = await StartAsync(TestConfigs.SevenRoundRobin);
        var client = app.Admin();
        string[] broken = ["a%00b", "two%0Alines", "bell%07", string.Concat(Enumerable.Repeat("%ED%95%9C", 501))];

        foreach (var note in broken)
        {
            var answer = await client.Send(HttpMethod.Post, "/api/reps", Kim, note: note);
            Assert.True(answer.StatusCode == HttpStatusCode.BadRequest, $"{note}: {answer.StatusCode}");
            Assert.NotNull((await answer.Json())["errors"]!["X-Change-Note"]);
        }
        Assert.Equal(1, await client.VersionCount());
    }

    private static async Task<string?> LatestNoteAsync(SwitchboardApp app) =>
        (await (await app.Admin().GetAsync("/api/config/versions")).Json())["items"]!.AsArray()[0].Str("note");
}
