using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Switchboard.Storage.Reports;

/// <summary>
/// Speed to lead's leads read on SQLite through SQLitePCL.raw on the open connection's handle: a million rows of
/// ix_leads_report cost about 1.6 µs each through ADO.NET (three strings a row); here the name columns are looked up as
/// UTF-8 bytes and only the instants are copied.
/// </summary>
internal static class SqliteReportLeads
{
    public static void Read(SqliteConnection connection, string sql, ReportFilter filter, Action<ReportLeadBlock> each, CancellationToken ct)
    {
        var db = connection.Handle ?? throw new InvalidOperationException("the SQLite connection is not open");
        Check(db, raw.sqlite3_prepare_v2(db, sql, out var statement));
        using (statement)
        {
            Bind(db, statement, "@from", filter.From.ToUnixTimeTicks());
            Bind(db, statement, "@to", filter.To.ToUnixTimeTicks());
            Bind(db, statement, "@pool", filter.Pool);
            Bind(db, statement, "@rep", filter.Rep);
            Bind(db, statement, "@source", filter.Source);
            var block = new ReportLeadBlock();
            int step;
            while ((step = raw.sqlite3_step(statement)) == raw.SQLITE_ROW)
            {
                var i = block.Count;
                block.Created[i] = raw.sqlite3_column_int64(statement, 0);
                block.Assigned[i] = Time(statement, 1);
                block.Touched[i] = Time(statement, 2);
                block.Owner[i] = Name(statement, 3, block.OwnerNames);
                block.Pool[i] = Name(statement, 4, block.PoolNames);
                block.Source[i] = Name(statement, 5, block.SourceNames);
                block.StatusAssigned[i] = raw.sqlite3_column_int64(statement, 6) != 0;
                if (++block.Count < ReportLeadBlock.Capacity) continue;
                each(block);
                block.Count = 0;
                ct.ThrowIfCancellationRequested();
            }
            if (step != raw.SQLITE_DONE) Check(db, step);
            if (block.Count > 0) each(block);
        }
    }

    private static long Time(sqlite3_stmt statement, int column) =>
        raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? ReportLeadBlock.NoTime : raw.sqlite3_column_int64(statement, column);

    private static int Name(sqlite3_stmt statement, int column, ReportNames names) =>
        raw.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? ReportLeadBlock.NoName : names.OfUtf8(raw.sqlite3_column_blob(statement, column));

    private static void Bind(sqlite3 db, sqlite3_stmt statement, string name, long value)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, name);
        if (index > 0) Check(db, raw.sqlite3_bind_int64(statement, index, value));
    }

    private static void Bind(sqlite3 db, sqlite3_stmt statement, string name, string? value)
    {
        var index = raw.sqlite3_bind_parameter_index(statement, name);
        if (index > 0 && value is not null) Check(db, raw.sqlite3_bind_text(statement, index, value));
    }

    private static void Check(sqlite3 db, int result)
    {
        if (result != raw.SQLITE_OK) throw new SqliteException(raw.sqlite3_errmsg(db).utf8_to_string(), result);
    }
}
