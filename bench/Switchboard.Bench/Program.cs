using Switchboard.Bench;
using Switchboard.Bench.Grid;
using Switchboard.Bench.Import;
using Switchboard.Bench.Intake;
using Switchboard.Bench.SpeedToLead;
using Switchboard.Bench.Workspace;

// The server benchmarks parse their own options (see Intake/README.md).
if (args.Length > 0 && args[0] is "intake" or "ceiling" or "all" or "speed-to-lead" or "import" or "grid" or "workspace" or "reports" or "replay")
{
    return args[0] switch
    {
        "intake" => await IntakeBench.RunAsync(args[1..]),
        "ceiling" => await CeilingBench.RunAsync(args[1..]),
        "speed-to-lead" => await SpeedToLeadBench.RunAsync(args[1..]),
        "import" => await ImportBench.RunAsync(args[1..]),
        "grid" => await GridBench.RunAsync(args[1..]),
        "reports" => await Switchboard.Bench.Reports.ReportsBench.RunAsync(args[1..]),
        "workspace" => await WorkspaceBench.RunAsync(args[1..]),
        "replay" => await Switchboard.Bench.Replay.ReplayBench.RunAsync(args[1..]),
        _ => await AllBench.RunAsync(args[1..]),
    };
}

// Each benchmark lives in its own file and registers here with one line.
BenchCommand[] commands =
[
    new("engine", "routing decisions per second on one core: engine [--seconds N] [--warmup N] [--leads N] [--batch N] [--bdn]", EngineBench.Run),
];

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine("usage: dotnet run -c Release --project bench/Switchboard.Bench -- <command> [options]");
    foreach (var command in commands) Console.WriteLine($"  {command.Name,-8} {command.Description}");
    Console.WriteLine("  intake   a started server under N concurrent HTTP clients: intake --db sqlite|postgres [--clients 32] [--leads N]");
    Console.WriteLine("  ceiling  the same database writes without routing or HTTP: ceiling --db sqlite|postgres [--sizes 1,32,128]");
    Console.WriteLine("  speed-to-lead  lead→webhook latency at a fixed rate, or delayed-webhook lateness: speed-to-lead --db sqlite|postgres [--rate 500] [--seconds 20] [--timers [10000]] [--both]");
    Console.WriteLine("  import   " + ImportBench.Description);
    Console.WriteLine("  grid     " + GridBench.Description);
    Console.WriteLine("  reports  " + Switchboard.Bench.Reports.ReportsBench.Description);
    Console.WriteLine("  workspace " + WorkspaceBench.Description);
    Console.WriteLine("  replay   " + Switchboard.Bench.Replay.ReplayBench.Description);
    Console.WriteLine("  all      ceiling, then intake, and the intake/ceiling ratio: all --db sqlite|postgres");
    return args.Length == 0 ? 2 : 0;
}

var chosen = Array.Find(commands, c => c.Name == args[0]);
if (chosen is null)
{
    Console.Error.WriteLine($"unknown command '{args[0]}'; known: {string.Join(", ", commands.Select(c => c.Name))}");
    return 2;
}

try
{
    return chosen.Run(BenchArgs.Parse(args[1..]));
}
catch (BenchArgsException e)
{
    Console.Error.WriteLine($"{chosen.Name}: {e.Message}");
    return 2;
}
