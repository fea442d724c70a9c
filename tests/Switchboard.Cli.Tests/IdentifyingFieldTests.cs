using System.CommandLine;
using System.Text;

namespace Switchboard.Cli.Tests;

/// <summary>The import and the server's rule that a lead needs an identifying field.</summary>
public sealed class IdentifyingFieldTests : IDisposable
{
    private readonly CsvFiles _files = new();

    private async Task<(int Exit, string Output)> DryRunAsync(string csv, params string[] options)
    {
        var path = _files.Write(csv, Encoding.UTF8);
        var (console, output) = CsvFiles.Console();
        var root = new RootCommand { ImportCommand.Create(console) };
        var exit = await root.Parse(["import", path, "--dry-run", .. options]).InvokeAsync();
        return (exit, output.ToString());
    }

    [Fact]
    public async Task a_mapping_with_no_email_phone_or_name_column_is_warned_about()
    {
        var (exit, output) = await DryRunAsync("会社,都道府県\nACME,北海道\n", "--map", "company=会社");
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("warning:", output);
    }

    [Fact]
    public async Task a_mapping_with_an_email_column_is_not_warned_about()
    {
        var (_, output) = await DryRunAsync("メール\na@example.jp\n", "--map", "email=メール");
        Assert.DoesNotContain("warning:", output);
    }

    [Fact]
    public async Task a_row_whose_identifying_cells_are_blank_is_refused_in_a_dry_run()
    {
        var (exit, output) = await DryRunAsync("email,region\na@example.jp,東京都\n  ,北海道\n");
        Assert.Equal(ExitCodes.SomeRejected, exit);
        Assert.Contains("a lead needs at least one of", output);
    }

    public void Dispose() => _files.Dispose();
}
