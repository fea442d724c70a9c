using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Spectre.Console;

namespace Switchboard.Cli;

/// <summary>
/// <c>--dry-run</c>: reads and maps the whole file and checks every row locally, sending nothing; shows the
/// mapping, the counts, the reasons rows would be rejected and a few leads exactly as they would be sent.
/// </summary>
public sealed class DryRun(ImportOptions options, IAnsiConsole console, ImportReport report)
{
    private const int Samples = 3;

    public int Run(CsvLeadReader reader, ColumnMap map)
    {
        ShowMapping(reader, map);
        var samples = new List<string>();
        var buffer = new ArrayBufferWriter<byte>();
        using var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        while (reader.Read())
        {
            buffer.ResetWrittenCount();
            json.Reset();
            if (!CsvLead.Write(json, map, reader))
            {
                report.Skip();
                continue;
            }
            var problems = CsvLead.Problems(map, reader).ToList();
            if (problems.Count > 0)
            {
                report.Reject(reader.Row, problems);
                continue;
            }
            report.Accept();
            json.Flush();
            if (samples.Count < Samples) samples.Add($"row {reader.Row}: {Encoding.UTF8.GetString(buffer.WrittenSpan)}");
        }
        ReportView.Show(console, report, $"Dry run of {Path.GetFileName(options.File)} (nothing sent)", null);
        var requests = (report.Created + options.ChunkSize - 1) / options.ChunkSize;
        console.MarkupLineInterpolated($"Would send [bold]{report.Created:N0}[/] leads in {requests:N0} request(s) of up to {options.ChunkSize:N0} to {new Uri(options.Server, BatchClient.Path)}.");
        foreach (var sample in samples) console.WriteLine(sample);
        return report.Rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Ok;
    }

    private void ShowMapping(CsvLeadReader reader, ColumnMap map)
    {
        var table = new Table().Title($"{Markup.Escape(Path.GetFileName(options.File))} ({reader.Encoding.WebName})")
            .AddColumn("Column").AddColumn("Field");
        for (var column = 0; column < map.Headers.Count; column++)
            table.AddRow(Markup.Escape(map.Headers[column]), map.Targets[column] is { } target ? Markup.Escape(target.Path) : "[grey](not sent)[/]");
        console.Write(table);
    }
}
