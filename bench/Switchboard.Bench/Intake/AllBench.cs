namespace Switchboard.Bench.Intake;

/// <summary>
/// all: ceiling then intake in one invocation (the machine is shared and noisy, so the share is taken
/// as a ratio within one run), then the ceiling again at intake's observed mean batch size when that
/// size was not among --sizes; prints intake/ceiling.
/// </summary>
public static class AllBench
{
    public const string Description = "ceiling, then intake, and the intake/ceiling ratio: all " + IntakeOptions.Usage;

    public static async Task<int> RunAsync(string[] args)
    {
        if (!IntakeBench.TryParse(args, out var options)) return 2;
        var exit = 0;
        foreach (var db in options.Dbs)
        {
            await using var cluster = db == "postgres" ? await ThrowawayPostgres.StartAsync() : null;
            var ceilings = new List<CeilingResult>();
            foreach (var size in options.Sizes)
            {
                ceilings.Add(await CeilingBench.MeasureAsync(db, cluster, size, options.Seconds));
                Console.WriteLine(ceilings[^1].Line);
            }
            var intake = await IntakeBench.MeasureAsync(options with { Db = db }, cluster);
            Console.WriteLine(intake.Line);
            if (!intake.Correct) exit = 1;

            var observed = Math.Max(1, (int)Math.Round(intake.MeanBatch));
            var same = ceilings.Find(c => c.Batch == observed);
            if (same is null)
            {
                same = await CeilingBench.MeasureAsync(db, cluster, observed, options.Seconds);
                Console.WriteLine(same.Line);
            }
            var best = ceilings.Append(same).MaxBy(c => c.LeadsPerSecond)!;
            Console.WriteLine($"intake/ceiling {db}: {Figures.Ratio(intake.LeadsPerSecond / same.LeadsPerSecond)} of the store at the same " +
                $"batch size ({observed}); {Figures.Ratio(intake.LeadsPerSecond / best.LeadsPerSecond)} of its best ({best.Batch} per transaction)");
        }
        return exit;
    }
}
