using System.CommandLine;
using Spectre.Console;
using Switchboard.Cli;

var root = new RootCommand("switchboard: command-line tools for a Switchboard server")
{
    ImportCommand.Create(AnsiConsole.Console),
};
return await root.Parse(args).InvokeAsync();
