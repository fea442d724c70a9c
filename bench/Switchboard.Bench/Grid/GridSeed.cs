using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Bench.Grid;

/// <summary>
/// Leads spread like a year of routing decisions, written straight through the store's bulk insert (no routing): created
/// evenly over the year before <c>now</c> (in seq order, as intake writes them), owners among 20 reps, statuses with the
/// waiting ones (unassigned, queued, claimable) ownerless and, but for 1 % left unassigned, among the last 3 days' leads, four stages, six sources, scores 0–100 skewed low with grades,
/// assignment a few minutes after creation and a first touch for most; untouched assigned leads of the last hour get an
/// SLA timer, so the home page has timers to list.
/// </summary>
internal static class GridSeed
{
    public const int Reps = 20;
    private const int PerTransaction = 5_000;
    /// <summary>Leads wait (unassigned, queued, claimable) for hours or days; older ones have moved on, but for 1 % left unassigned.</summary>
    private static readonly Duration Recent = Duration.FromDays(3);
    private static readonly string[] Stages = ["New", "Working", "Nurture", "SQL"];
    private static readonly string[] Sources = ["web", "ads", "referral", "展示会", "partner", "webinar"];
    private static readonly string[] FirstNames = ["민지", "Hans", "由紀", "Anna", "Jun", "Lukas", "さくら", "서연"];
    private static readonly string[] LastNames = ["김", "Müller", "佐藤", "Schmidt", "이", "Tanaka", "박", "Weber"];
    private static readonly string[] Regions = ["서울", "北海道", "東京都", "Bayern", "Berlin", "부산"];

    public static string Rep(int index) => $"rep-{index:D2}";

    public static async Task SeedAsync(ISwitchboardStore store, int count, Instant now, Action<int> progress)
    {
        var random = new Random(12);
        var span = Duration.FromDays(365);
        for (var start = 0; start < count; start += PerTransaction)
        {
            var leads = new List<NewLead>(PerTransaction);
            var timers = new Effects();
            for (var i = start; i < Math.Min(count, start + PerTransaction); i++)
            {
                var created = now - span + span * ((double)i / count);
                var lead = Lead(i, created, now - created < Recent, random);
                leads.Add(new NewLead(lead, null));
                if (lead is { Status: LeadStatus.Assigned, FirstTouchAt: null } && now - lead.CreatedAt < Duration.FromHours(1))
                    timers.Timers.Add(new TimerRequest(TimerKinds.Sla, lead.AssignedAt!.Value + Duration.FromMinutes(30), lead.Id, new JsonObject { ["ownerId"] = lead.OwnerId }));
            }
            await using var tx = await store.BeginRoutingAsync();
            await tx.InsertLeadsAsync(leads);
            if (timers.Timers.Count > 0) await tx.AddEffectsAsync(timers, now);
            await tx.CommitAsync();
            progress(Math.Min(count, start + PerTransaction));
        }
    }

    internal static Lead Lead(int i, Instant created, bool recent, Random random)
    {
        var roll = random.Next(100);
        var status = recent
            ? roll switch
            {
                < 55 => LeadStatus.Assigned, < 65 => LeadStatus.Converted, < 73 => LeadStatus.Disqualified, < 78 => LeadStatus.Recycled,
                < 85 => LeadStatus.Unassigned, < 95 => LeadStatus.Queued, _ => LeadStatus.Claimable,
            }
            : roll switch
            {
                < 60 => LeadStatus.Assigned, < 73 => LeadStatus.Converted, < 86 => LeadStatus.Disqualified, < 99 => LeadStatus.Recycled,
                _ => LeadStatus.Unassigned,
            };
        var owned = status is not (LeadStatus.Unassigned or LeadStatus.Queued or LeadStatus.Claimable);
        var score = (int)(100 * Math.Pow(random.NextDouble(), 2));
        var assigned = owned ? created + Duration.FromSeconds(random.Next(1, 600)) : (Instant?)null;
        var touched = owned && random.Next(10) < 8 ? assigned!.Value + Duration.FromMinutes(random.Next(1, 240)) : (Instant?)null;
        var (first, last) = (FirstNames[random.Next(FirstNames.Length)], LastNames[random.Next(LastNames.Length)]);
        return new Lead
        {
            Id = $"lead-{i:D7}", OwnerId = owned ? Rep(random.Next(Reps)) : null, Status = status, Stage = Stages[random.Next(Stages.Length)],
            Score = score, Grade = score switch { >= 80 => "A", >= 50 => "B", >= 20 => "C", _ => "D" },
            PoolId = status is LeadStatus.Queued or LeadStatus.Claimable ? "pool-" + random.Next(5) : null,
            ConfigVersion = 1, CreatedAt = created, AssignedAt = assigned, FirstTouchAt = touched, UpdatedAt = touched ?? assigned ?? created,
            Data = new JsonObject
            {
                ["email"] = $"lead{i}@example{i % 997}.com", ["phone"] = $"+82 10-{i % 10_000:D4}-{i / 10_000 % 10_000:D4}",
                ["firstName"] = first, ["lastName"] = last, ["company"] = $"{last} {i % 5_000} GmbH",
                ["source"] = Sources[Math.Min(Sources.Length - 1, (int)(Sources.Length * Math.Pow(random.NextDouble(), 1.5)))],
                ["region"] = Regions[random.Next(Regions.Length)],
            },
        };
    }
}
