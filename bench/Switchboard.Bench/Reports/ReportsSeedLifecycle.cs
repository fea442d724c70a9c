using System.Globalization;
using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Bench.Reports;

/// <summary>
/// What a seeded lead's later life writes in its routing transaction: 40 % of leads join one of four campaigns (three
/// with a cost) and 5 % a second one; every converted lead has a deal in the default pipeline, created a day to two weeks
/// after its lead, of which 35 % are won and 25 % lost within a month (if that is before now) and the rest still open.
/// </summary>
internal sealed class ReportsSeedLifecycle(Instant now)
{
    private static readonly (string Id, decimal? Cost)[] Campaigns = [("spring-expo", 40_000m), ("webinar-q3", 8_000m), ("ads-search", 120_000m), ("newsletter", null)];
    private static readonly string[] OpenStages = Pipeline.Default().Stages.ToArray();

    private readonly Effects _memberships = new();
    private readonly List<Deal> _deals = [];

    public static string CampaignsJson() => "[" + string.Join(",", Campaigns.Select(c =>
        $"{{\"id\":\"{c.Id}\",\"name\":\"{c.Id}\"" + (c.Cost is { } cost ? $",\"cost\":{cost.ToString(CultureInfo.InvariantCulture)}" : "") + "}")) + "]";

    public void Add(Lead lead, Random random)
    {
        if (random.Next(100) < 40)
        {
            var first = random.Next(Campaigns.Length);
            Join(first, lead);
            if (random.Next(8) == 0) Join((first + 1 + random.Next(Campaigns.Length - 1)) % Campaigns.Length, lead);
        }
        if (lead.Status == LeadStatus.Converted) Deal(lead, random);
    }

    private void Join(int campaign, Lead lead) => _memberships.Memberships.Add(new MembershipChange("campaign", Campaigns[campaign].Id, lead.Id, Add: true));

    private void Deal(Lead lead, Random random)
    {
        var created = lead.CreatedAt + Duration.FromHours(random.Next(24, 24 * 14));
        if (created > now) return;
        var roll = random.Next(100);
        var closed = created + Duration.FromHours(random.Next(24, 24 * 30));
        var status = roll < 35 ? DealStatus.Won : roll < 60 ? DealStatus.Lost : DealStatus.Open;
        if (closed > now) status = DealStatus.Open;
        var open = status == DealStatus.Open;
        _deals.Add(new Deal
        {
            Id = "deal-" + lead.Id[5..], LeadId = lead.Id, OwnerId = lead.OwnerId, Pipeline = Pipeline.DefaultId, Name = "bench deal",
            Stage = open ? OpenStages[random.Next(OpenStages.Length)] : status, Amount = 500 * random.Next(2, 200), Status = status,
            CreatedAt = created, UpdatedAt = open ? created : closed, ClosedAt = open ? null : closed,
        });
    }

    public async Task WriteAsync(IRoutingTransaction tx)
    {
        if (!_memberships.IsEmpty) await tx.AddEffectsAsync(_memberships, now);
        foreach (var deal in _deals) await tx.InsertDealAsync(deal);
    }
}
