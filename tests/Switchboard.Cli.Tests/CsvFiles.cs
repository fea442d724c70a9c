using System.Text;
using System.Text.Json;
using Spectre.Console;

namespace Switchboard.Cli.Tests;

/// <summary>Temporary CSV files written in a chosen encoding, and reading them back as lead JSON.</summary>
public sealed class CsvFiles : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "switchboard-cli-" + Guid.NewGuid().ToString("N")[..10]);

    public CsvFiles() => Directory.CreateDirectory(_dir);

    /// <summary>Writes <paramref name="text"/> in <paramref name="encoding"/>, with its byte order mark when <paramref name="bom"/>.</summary>
    public string Write(string text, Encoding encoding, bool bom = false, string name = "leads.csv")
    {
        var path = Path.Combine(_dir, Guid.NewGuid().ToString("N")[..6] + "-" + name);
        using var file = File.Create(path);
        if (bom) file.Write(encoding.GetPreamble());
        file.Write(encoding.GetBytes(text));
        return path;
    }

    /// <summary>Every row of the file as the JSON the import would send (empty rows left out).</summary>
    public static List<string> Leads(string path, string encoding = FileEncoding.Auto, IEnumerable<string>? maps = null, bool keepUnmapped = true)
    {
        using var reader = CsvLeadReader.Open(path, encoding);
        var map = ColumnMap.Resolve(reader.Headers, ColumnMap.ParsePairs(maps ?? []), keepUnmapped);
        var leads = new List<string>();
        while (reader.Read())
        {
            using var stream = new MemoryStream();
            using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
                if (!CsvLead.Write(json, map, reader)) continue;
            leads.Add(Encoding.UTF8.GetString(stream.ToArray()));
        }
        return leads;
    }

    /// <summary>A console that records plain text (no colours, no live progress).</summary>
    public static (IAnsiConsole Console, StringWriter Output) Console()
    {
        var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors, Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        console.Profile.Width = 160;
        return (console, output);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
