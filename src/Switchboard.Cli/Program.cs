using System.CommandLine;
using Spectre.Console;
using Switchboard.Cli;
using Switchboard.Cli.Config;

var root = new RootCommand("switchboard: command-line tools for a Switchboard server")
{
    ImportCommand.Create(AnsiConsole.Console),
    ConfigCommand.Create(AnsiConsole.Console, Console.Out, AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) })),
};
return await Usage.InvokeAsync(root.Parse(args));
