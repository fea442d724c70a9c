using System.Text.Json;
using Dapper;
using NodaTime;

namespace Switchboard.Storage;

// Facts the configuration lint reads: two bounded statements shared by both dialects.
public abstract partial class SqlStore
{
    private const string NewestLeadData = "SELECT data FROM leads ORDER BY seq DESC LIMIT @leads";

    private const string PoolAssignmentsSince =
        "SELECT routed_pool_id AS PoolId, COUNT(*) AS Assigned, COUNT(first_touch_at) AS Touched FROM leads " +
        "WHERE assigned_at >= @since AND routed_pool_id IS NOT NULL GROUP BY routed_pool_id ORDER BY routed_pool_id";

    public async Task<CustomFieldNames> GetCustomFieldNamesAsync(int leads, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        var rows = (await connection.QueryAsync<string>(new CommandDefinition(NewestLeadData, new { leads }, cancellationToken: ct))).AsList();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var data in rows)
        {
            using var document = JsonDocument.Parse(data);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("fields", out var fields) && fields.ValueKind == JsonValueKind.Object)
                foreach (var field in fields.EnumerateObject()) names.Add(field.Name);
        }
        return new CustomFieldNames(names, rows.Count);
    }

    public async Task<IReadOnlyList<PoolAssignments>> CountPoolAssignmentsAsync(Instant since, CancellationToken ct = default)
    {
        await using var connection = await OpenConnectionAsync(ct);
        var rows = await connection.QueryAsync<PoolAssignmentRow>(
            new CommandDefinition(PoolAssignmentsSince, new { since = since.ToUnixTimeTicks() }, cancellationToken: ct));
        return [.. rows.Select(row => new PoolAssignments(row.PoolId, (int)row.Assigned, (int)row.Touched))];
    }

    private sealed class PoolAssignmentRow
    {
        public string PoolId { get; set; } = "";
        public long Assigned { get; set; }
        public long Touched { get; set; }
    }
}
