using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using Spectre.Console;

namespace Switchboard.Cli;

/// <summary>
/// One import: the file is read on one task and cut into chunks of NDJSON; <see cref="ImportOptions.InFlight"/>
/// senders post them to the batch endpoint. The channel between them holds at most that many chunks, so
/// memory stays flat whatever the file's size. Progress (by bytes answered) is drawn while it runs.
/// </summary>
public sealed class ImportRun(ImportOptions options, IAnsiConsole console)
{
    public ImportReport Report { get; } = new();
    public TimeSpan Elapsed { get; private set; }

    public async Task<int> RunAsync(CancellationToken ct = default)
    {
        CsvLeadReader reader;
        ColumnMap map;
        try
        {
            reader = CsvLeadReader.Open(options.File, options.Encoding, options.Delimiter);
            try
            {
                map = ColumnMap.Resolve(reader.Headers, ColumnMap.ParsePairs(options.Maps), options.KeepUnmapped);
            }
            catch
            {
                reader.Dispose();
                throw;
            }
        }
        catch (Exception error) when (error is ArgumentException or IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            console.MarkupLineInterpolated($"[red]error:[/] {error.Message}");
            return ExitCodes.Failed;
        }
        using (reader)
        {
            if (!map.GivesContact)
                console.MarkupLine("[yellow]warning:[/] no column goes to email, phone, firstName or lastName; "
                    + "rows without a company or externalId will be refused (map one with --map, e.g. email=E-mail)");
            if (options.DryRun) return new DryRun(options, console, Report).Run(reader, map);
            var clock = Stopwatch.StartNew();
            var failure = await ImportAsync(reader, map, ct);
            Elapsed = clock.Elapsed;
            ReportView.Show(console, Report, $"Import of {Path.GetFileName(options.File)} into {options.Server}", Elapsed);
            if (failure is null) return Report.Rejected > 0 ? ExitCodes.SomeRejected : ExitCodes.Ok;
            console.MarkupLineInterpolated($"[red]import failed:[/] {failure.Message}");
            return (failure as ImportFailedException)?.Exit ?? ExitCodes.Failed;
        }
    }

    /// <returns>Why the import stopped early, or null.</returns>
    private async Task<Exception?> ImportAsync(CsvLeadReader reader, ColumnMap map, CancellationToken ct)
    {
        using var http = BatchClient.Http(options.Server, options.Key);
        var client = new BatchClient(http, Guid.NewGuid().ToString("N")[..12]);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(ct);
        var chunks = Channel.CreateBounded<LeadChunk>(new BoundedChannelOptions(options.InFlight) { SingleWriter = true });
        var reading = Task.Run(() => Guarded(() => ReadAsync(reader, map, chunks.Writer, stop.Token), stop), CancellationToken.None);
        var sending = Enumerable.Range(0, options.InFlight)
            .Select(_ => Task.Run(() => Guarded(() => SendAsync(chunks.Reader, client, stop.Token), stop), CancellationToken.None));
        var all = Task.WhenAll([reading, .. sending]);
        if (options.ShowProgress) await ShowProgressAsync(all, reader);
        try
        {
            await all;
            return null;
        }
        catch
        {
            var errors = all.Exception?.InnerExceptions ?? [];
            return errors.FirstOrDefault(e => e is not OperationCanceledException) ?? new OperationCanceledException("cancelled");
        }
    }

    private async Task ReadAsync(CsvLeadReader reader, ColumnMap map, ChannelWriter<LeadChunk> chunks, CancellationToken ct)
    {
        var number = 0;
        var chunk = new LeadChunk(number++);
        long start = 0;
        try
        {
            while (reader.Read())
            {
                if (!chunk.Add(map, reader)) Report.Skip();
                if (chunk.Count < options.ChunkSize) continue;
                chunk.FileBytes = reader.BytesRead - start;
                start = reader.BytesRead;
                await chunks.WriteAsync(chunk, ct);
                chunk = new LeadChunk(number++);
            }
        }
        catch (DecoderFallbackException error)
        {
            throw new ImportFailedException($"row {reader.Row}: the bytes are not valid {reader.Encoding.WebName} ({error.Message}); name the file's encoding with --encoding");
        }
        chunk.FileBytes = reader.Length - start;
        if (chunk.Count > 0) await chunks.WriteAsync(chunk, ct);
        chunks.Complete();
    }

    private async Task SendAsync(ChannelReader<LeadChunk> chunks, BatchClient client, CancellationToken ct)
    {
        await foreach (var chunk in chunks.ReadAllAsync(ct))
        {
            using (chunk) Report.Add(chunk, await client.SendAsync(chunk, ct));
        }
    }

    /// <summary>The first failure stops the other tasks.</summary>
    private static async Task Guarded(Func<Task> work, CancellationTokenSource stop)
    {
        try
        {
            await work();
        }
        catch
        {
            await stop.CancelAsync();
            throw;
        }
    }

    private Task ShowProgressAsync(Task work, CsvLeadReader reader) =>
        console.Progress().AutoClear(false).HideCompleted(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var clock = Stopwatch.StartNew();
                var task = progress.AddTask(Describe(clock.Elapsed), maxValue: Math.Max(1, reader.Length));
                while (!work.IsCompleted)
                {
                    await Task.WhenAny(work, Task.Delay(250));
                    task.Value = Report.BytesDone;
                    task.Description = Describe(clock.Elapsed);
                }
            });

    private string Describe(TimeSpan elapsed)
    {
        var rate = elapsed.TotalSeconds > 0 ? Report.Done / elapsed.TotalSeconds : 0;
        return Markup.Escape($"{Path.GetFileName(options.File)}: {Report.Done:N0} leads, {rate:N0}/s");
    }
}
