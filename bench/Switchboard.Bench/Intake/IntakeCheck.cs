using System.Text.Json.Nodes;

namespace Switchboard.Bench.Intake;

public sealed record CheckResult(bool Ok, string Summary);

/// <summary>
/// After the run: every lead answered 201 with a distinct id; the pool's rotation is balanced within one;
/// every 北海道 lead went to sato; and, paging GET /api/leads?owner=…, the database holds exactly the
/// answered leads, each with the owner it was answered with.
/// </summary>
public static class IntakeCheck
{
    public static async Task<CheckResult> RunAsync(HttpClient http, Answers answers, bool skipStored)
    {
        var problems = new List<string>();
        if (answers.Failures > 0) problems.Add($"{answers.Failures} requests failed (first: {answers.FirstFailure})");
        var total = answers.Ids.Length;
        var answered = answers.Ids.Count(id => id is not null);
        if (answers.Ids.Where(id => id is not null).Distinct().Count() != answered) problems.Add("duplicate lead ids");

        var counts = BenchConfig.PoolReps.ToDictionary(rep => rep, _ => 0);
        var hokkaido = 0;
        for (var i = 0; i < total; i++)
        {
            if (answers.Ids[i] is null) continue;
            var owner = answers.Owners[i];
            if (LeadBodies.IsHokkaido(i))
            {
                if (owner == BenchConfig.HokkaidoRep) hokkaido++;
                else problems.Add($"lead {i} (北海道) went to {owner ?? "nobody"}");
            }
            else if (owner is not null && counts.ContainsKey(owner)) counts[owner]++;
            else problems.Add($"lead {i} went to {owner ?? "nobody"}");
        }
        var min = counts.Values.Min();
        var max = counts.Values.Max();
        if (max - min > 1) problems.Add($"rotation unbalanced: {string.Join(", ", counts.Select(c => $"{c.Key}={c.Value}"))}");

        var stored = "not read back";
        if (!skipStored)
        {
            var expected = new Dictionary<string, string?>(StringComparer.Ordinal);
            for (var i = 0; i < total; i++) if (answers.Ids[i] is { } id) expected[id] = answers.Owners[i];
            var found = 0;
            foreach (var owner in BenchConfig.PoolReps.Append(BenchConfig.HokkaidoRep))
                found += await CountStoredAsync(http, owner, expected, problems);
            stored = found == answered ? $"stored = answered ({found:#,0})" : $"stored {found:#,0} ≠ answered {answered:#,0}";
            if (found != answered) problems.Add(stored);
        }
        var summary = $"{min:#,0}/{max:#,0} per rep, 北海道 {hokkaido:#,0} to sato, {stored}";
        if (problems.Count > 0)
        {
            foreach (var problem in problems.Take(10)) Console.Error.WriteLine("CHECK FAILED: " + problem);
            return new CheckResult(false, "CHECK FAILED: " + problems[0]);
        }
        return new CheckResult(true, summary);
    }

    private static async Task<int> CountStoredAsync(HttpClient http, string owner, Dictionary<string, string?> expected, List<string> problems)
    {
        var count = 0;
        string? cursor = null;
        do
        {
            var url = $"/api/leads?owner={owner}&limit=500" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor));
            var page = JsonNode.Parse(await http.GetStringAsync(url))!;
            foreach (var item in page["items"]!.AsArray())
            {
                var id = (string)item!["id"]!;
                if (!expected.TryGetValue(id, out var answeredOwner)) problems.Add($"stored lead {id} was never answered");
                else if (answeredOwner != owner) problems.Add($"lead {id} answered with {answeredOwner}, stored with {owner}");
                count++;
            }
            cursor = (string?)page["nextCursor"];
        }
        while (cursor is not null);
        return count;
    }
}
