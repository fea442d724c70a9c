using Npgsql;

namespace Switchboard.Storage.Reports;

/// <summary>
/// Speed to lead's leads read on PostgreSQL: the name columns come as their UTF-8 bytes (bytea), copied into one
/// buffer and looked up there, so a million rows make no strings.
/// </summary>
internal static class PostgresReportLeads
{
    public static async Task ReadAsync(NpgsqlConnection connection, string sql, ReportFilter filter, Action<ReportLeadBlock> each, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("from", filter.From.ToUnixTimeTicks());
        command.Parameters.AddWithValue("to", filter.To.ToUnixTimeTicks());
        if (filter.Pool is not null) command.Parameters.AddWithValue("pool", filter.Pool);
        if (filter.Rep is not null) command.Parameters.AddWithValue("rep", filter.Rep);
        if (filter.Source is not null) command.Parameters.AddWithValue("source", filter.Source);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var block = new ReportLeadBlock();
        var bytes = new byte[ReportNames.Longest];
        while (await reader.ReadAsync(ct))
        {
            var i = block.Count;
            block.Created[i] = reader.GetInt64(0);
            block.Assigned[i] = reader.IsDBNull(1) ? ReportLeadBlock.NoTime : reader.GetInt64(1);
            block.Touched[i] = reader.IsDBNull(2) ? ReportLeadBlock.NoTime : reader.GetInt64(2);
            block.Owner[i] = Name(reader, 3, block.OwnerNames, bytes);
            block.Pool[i] = Name(reader, 4, block.PoolNames, bytes);
            block.Source[i] = Name(reader, 5, block.SourceNames, bytes);
            block.StatusAssigned[i] = reader.GetBoolean(6);
            if (++block.Count < ReportLeadBlock.Capacity) continue;
            each(block);
            block.Count = 0;
        }
        if (block.Count > 0) each(block);
    }

    private static int Name(NpgsqlDataReader reader, int column, ReportNames names, byte[] bytes)
    {
        if (reader.IsDBNull(column)) return ReportLeadBlock.NoName;
        var length = (int)reader.GetBytes(column, 0, bytes, 0, bytes.Length);
        return length < bytes.Length ? names.OfUtf8(bytes.AsSpan(0, length)) : names.OfUtf8(reader.GetFieldValue<byte[]>(column));
    }
}
