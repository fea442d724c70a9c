using System.CommandLine;
using System.Text;

namespace Switchboard.Cli.Tests;

/// <summary>The <c>import</c> command's options and exit codes, without a server.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly CsvFiles _files = new();

    [Fact]
    public async Task the_import_command_reads_its_options_and_a_dry_run_sends_nothing()
    {
        var path = _files.Write("メール,都道府県\na@example.jp,北海道\nkaputt,大阪府\n", Encoding.Unicode, bom: true);
        var (console, output) = CsvFiles.Console();
        var root = new RootCommand { ImportCommand.Create(console) };
        // Nothing listens on port 9: had the dry run sent anything, it would have failed (exit 1).
        var exit = await root.Parse(["import", path, "--map", "email=メール", "-m", "region=都道府県", "--server", "http://127.0.0.1:9", "--dry-run"]).InvokeAsync();
        Assert.Equal(ExitCodes.SomeRejected, exit);
        var text = output.ToString();
        Assert.Contains("utf-16", text);
        Assert.Contains("""{"email":"a@example.jp","region":"北海道"}""", text);
        Assert.Contains("email: is not an email address", text);
    }

    [Fact]
    public async Task a_usage_error_is_a_non_zero_exit()
    {
        var (console, _) = CsvFiles.Console();
        var root = new RootCommand { ImportCommand.Create(console) };
        var path = _files.Write("email\n", Encoding.UTF8);
        Assert.NotEqual(0, await root.Parse(["import", path, "--chunk", "20000"]).InvokeAsync());
        Assert.Equal(ExitCodes.Failed, await root.Parse(["import", path, "--map", "colour=email", "--dry-run"]).InvokeAsync());
    }

    public void Dispose() => _files.Dispose();
}
