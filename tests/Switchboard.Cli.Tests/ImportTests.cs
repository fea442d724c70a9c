using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Switchboard.Server.Tests;

namespace Switchboard.Cli.Tests;

/// <summary>The import end to end: the CLI's run against the real server as a separate process (SQLite).</summary>
public sealed class ImportTests : IAsyncLifetime, IDisposable
{
    private readonly CsvFiles _files = new();
    private ServerProcess _server = null!;

    public async Task InitializeAsync()
    {
        _server = await ServerProcess.StartAsync();
        using var admin = _server.Client();
        var put = await admin.PutAsync("/api/config", HttpJson.Body(TestConfigs.SevenRoundRobin));
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task a_shift_jis_file_is_imported_with_its_rows_routed_counted_and_rejected_rows_explained()
    {
        var rows = new StringBuilder("E-mail,姓,都道府県,導入検討時期\n");
        for (var i = 0; i < 43; i++)
            rows.Append(i switch
            {
                5 or 30 => $"kein-at-{i},田中,東京都,未定\n",
                17 => $"hokkaido{i}@example.jp,佐藤,北海道 札幌市,3カ月以内\n",
                _ => $"user{i}@example.jp,鈴木,東京都,3カ月以内\n",
            });
        var path = _files.Write(rows.ToString(), FileEncoding.ShiftJis, name: "展示会リスト.csv");
        var (console, output) = CsvFiles.Console();
        var run = new ImportRun(Options(path) with { Maps = ["email=E-mail,region=都道府県,lastName=姓"], ChunkSize = 10, InFlight = 2 }, console);

        var exit = await run.RunAsync();

        Assert.Equal(ExitCodes.SomeRejected, exit);
        Assert.Equal((41L, 0L, 0L, 2L), (run.Report.Created, run.Report.Merged, run.Report.Replayed, run.Report.Rejected));
        var reason = run.Report.TopReasons(5).Single();
        Assert.Equal(("email: is not an email address", 2L), (reason.Reason, reason.Count));
        Assert.Equal([7L, 32L], reason.Rows);
        var owners = run.Report.Owners().ToDictionary(o => o.Owner, o => o.Count);
        Assert.Equal(1, owners["sato"]);
        Assert.All(["r1", "r2", "r3", "r4", "r5", "r6", "r7"], rep => Assert.InRange(owners[rep], 5, 6));
        Assert.Equal(40, owners.Where(o => o.Key != "sato").Sum(o => o.Value));
        Assert.Contains("email: is not an email address", output.ToString());
        Assert.Contains("sato", output.ToString());

        using var admin = _server.Client();
        var hokkaido = await admin.GetFromJsonAsync<JsonObject>("/api/leads?q=hokkaido17");
        var lead = Assert.Single(hokkaido!["items"]!.AsArray())!;
        Assert.Equal(("北海道 札幌市", "佐藤", "3カ月以内", "sato"),
            (lead["region"]!.GetValue<string>(), lead["lastName"]!.GetValue<string>(), lead["fields"]!["導入検討時期"]!.GetValue<string>(), lead["ownerId"]!.GetValue<string>()));
    }

    [Fact]
    public async Task importing_the_same_external_ids_again_replays_them_and_creates_nothing()
    {
        var path = _files.Write("externalId,email,city\ncrm-1,a@example.kr,서울\ncrm-2,b@example.kr,부산\n", FileEncoding.Cp949);
        var first = new ImportRun(Options(path), CsvFiles.Console().Console);
        Assert.Equal(ExitCodes.Ok, await first.RunAsync());
        var again = new ImportRun(Options(path), CsvFiles.Console().Console);
        Assert.Equal(ExitCodes.Ok, await again.RunAsync());
        Assert.Equal((2L, 0L), (first.Report.Created, first.Report.Replayed));
        Assert.Equal((0L, 2L), (again.Report.Created, again.Report.Replayed));
    }

    [Fact]
    public async Task a_key_the_server_refuses_fails_the_import_with_exit_code_4_and_says_why()
    {
        var path = _files.Write("email\na@example.de\n", Encoding.UTF8);
        var (console, output) = CsvFiles.Console();
        var exit = await new ImportRun(Options(path) with { Key = "sb_wrong" }, console).RunAsync();
        Assert.Equal(ExitCodes.KeyRefused, exit);
        Assert.Contains("401", output.ToString());
    }

    private ImportOptions Options(string path) =>
        new() { File = path, Server = _server.Address, Key = SwitchboardApp.AdminKey, ShowProgress = false };

    public async Task DisposeAsync() => await _server.DisposeAsync();

    public void Dispose() => _files.Dispose();
}
