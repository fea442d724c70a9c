using System.CommandLine;
using Spectre.Console;
using Switchboard.Cli;
using Switchboard.Cli.Config;
using Switchboard.Cli.Lint;
using Switchboard.Cli.Reports;
using Switchboard.Cli.Simulate;

var output = Output.Standard();
var root = new RootCommand("switchboard: command-line tools for a Switchboard server")
{
    ImportCommand.Create(AnsiConsole.Console),
    ConfigCommand.Create(output.Console, Console.Out, output.Errors),
    LintCommand.Create(output),
    SimulateCommand.Create(output),
    ReportCommand.Create(output),
};
return await Usage.InvokeAsync(root.Parse(args));
