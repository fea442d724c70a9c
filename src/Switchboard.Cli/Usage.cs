using System.CommandLine;

namespace Switchboard.Cli;

/// <summary>Runs a parsed command line; a command line with errors (said on standard error by the parser) exits with <see cref="ExitCodes.BadUsage"/>.</summary>
public static class Usage
{
    public static async Task<int> InvokeAsync(ParseResult parsed)
    {
        var exit = await parsed.InvokeAsync();
        return parsed.Errors.Count > 0 ? ExitCodes.BadUsage : exit;
    }
}
