using System.CommandLine;
using Spectre.Console;

namespace Switchboard.Cli;

/// <summary><c>switchboard import &lt;file.csv&gt; [--map field=Header,…] [--server URL] [--key KEY] …</c></summary>
public static class ImportCommand
{
    public static Command Create(IAnsiConsole console)
    {
        var file = new Argument<FileInfo>("file") { Description = "The CSV file (header row first)." };
        var map = new Option<string[]>("--map", "-m")
        {
            Description = "field=Header pairs, comma-separated, repeatable: email=E-mail,region=都道府県,fields.導入検討時期=導入検討時期. " +
                          "Other columns named like a standard field go there; the rest to fields.<header> (see --unmapped).",
        };
        var server = ServerOptions.Server();
        var key = ServerOptions.Key("the intake, manager or admin role");
        var encoding = new Option<string>("--encoding")
        {
            Description = "auto, utf-8, utf-16, utf-16be, shift_jis or cp949 (euc-kr). auto: byte order mark, else UTF-8 if valid, else Shift_JIS or CP949 by the text",
            DefaultValueFactory = _ => FileEncoding.Auto,
        };
        var delimiter = new Option<string?>("--delimiter") { Description = "The field separator [default: detected: , ; tab |]" };
        var unmapped = new Option<string>("--unmapped")
        {
            Description = "What to do with columns neither mapped nor named like a standard field",
            DefaultValueFactory = _ => "fields",
        }.AcceptOnlyFromAmong("fields", "ignore");
        var chunk = new Option<int>("--chunk") { Description = "Leads per request (1–10000)", DefaultValueFactory = _ => 2_000 };
        chunk.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > ImportOptions.MaxChunk) result.AddError("--chunk takes 1 to 10000");
        });
        var parallel = new Option<int>("--parallel") { Description = "Requests in flight at once (1–16)", DefaultValueFactory = _ => 3 };
        parallel.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 16) result.AddError("--parallel takes 1 to 16");
        });
        var dryRun = new Option<bool>("--dry-run") { Description = "Read, map and check every row locally; send nothing" };

        var command = new Command("import", "Import leads from a CSV file through POST /api/leads/batch, with live progress and a closing report.")
        {
            file, map, server, key, encoding, delimiter, unmapped, chunk, parallel, dryRun,
        };
        command.SetAction(async (parsed, ct) =>
        {
            if (ServerOptions.Address(parsed, server, console) is not { } address) return ExitCodes.Failed;
            var options = new ImportOptions
            {
                File = parsed.GetValue(file)!.FullName,
                Maps = parsed.GetValue(map) ?? [],
                Server = address,
                Key = ServerOptions.KeyOf(parsed, key),
                Encoding = parsed.GetValue(encoding)!,
                Delimiter = parsed.GetValue(delimiter),
                KeepUnmapped = parsed.GetValue(unmapped) == "fields",
                ChunkSize = parsed.GetValue(chunk),
                InFlight = parsed.GetValue(parallel),
                DryRun = parsed.GetValue(dryRun),
                ShowProgress = console.Profile.Capabilities.Interactive,
            };
            return await new ImportRun(options, console).RunAsync(ct);
        });
        return command;
    }
}
