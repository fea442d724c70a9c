using Microsoft.Data.Sqlite;
using System.Runtime.InteropServices;
using SQLitePCL;

namespace Switchboard.Storage.Reports;

/// <summary>
/// Speed to lead's leads read on SQLite through SQLitePCL.raw on the open connection's handle: a million rows of
/// ix_leads_report cost about 1.6 µs each through ADO.NET (three strings a row); here the name columns are looked up as
/// UTF-8 bytes and only the instants are copied. The statement is prepared and bound through SQLitePCL.raw, the rows
/// are stepped and read through <see cref="Native"/>.
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
            var handle = statement.DangerousGetHandle();
            var buffer = new byte[ReportNames.Longest];
            int step;
            while ((step = Native.sqlite3_step(handle)) == raw.SQLITE_ROW)
            {
                var i = block.Count;
                block.Created[i] = Native.sqlite3_column_int64(handle, 0);
                block.Assigned[i] = Time(handle, 1);
                block.Touched[i] = Time(handle, 2);
                block.Owner[i] = Name(handle, 3, block.OwnerNames, buffer);
                block.Pool[i] = Name(handle, 4, block.PoolNames, buffer);
                block.Source[i] = Name(handle, 5, block.SourceNames, buffer);
                block.StatusAssigned[i] = Native.sqlite3_column_int64(handle, 6) != 0;
                if (++block.Count < ReportLeadBlock.Capacity) continue;
                each(block);
                block.Count = 0;
                ct.ThrowIfCancellationRequested();
            }
            if (step != raw.SQLITE_DONE) Check(db, step);
            if (block.Count > 0) each(block);
        }
    }

    private static long Time(IntPtr statement, int column) =>
        Native.sqlite3_column_type(statement, column) == raw.SQLITE_NULL ? ReportLeadBlock.NoTime : Native.sqlite3_column_int64(statement, column);

    private static int Name(IntPtr statement, int column, ReportNames names, byte[] buffer)
    {
        if (Native.sqlite3_column_type(statement, column) == raw.SQLITE_NULL) return ReportLeadBlock.NoName;
        var bytes = Native.sqlite3_column_blob(statement, column);
        var length = Native.sqlite3_column_bytes(statement, column);
        if (length > buffer.Length) buffer = new byte[length];
        if (length > 0) Marshal.Copy(bytes, buffer, 0, length);
        return names.OfUtf8(buffer.AsSpan(0, length));
    }

    /// <summary>
    /// The few calls of the row loop straight into the e_sqlite3 library SQLitePCL.raw has loaded, on the statement's
    /// raw handle: through SQLitePCL each call is an interface call and a SafeHandle reference count, twelve a row.
    /// </summary>
    private static class Native
    {
        private const string Library = "e_sqlite3";
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)] public static extern int sqlite3_step(IntPtr statement);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)] public static extern int sqlite3_column_type(IntPtr statement, int column);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)] public static extern long sqlite3_column_int64(IntPtr statement, int column);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)] public static extern IntPtr sqlite3_column_blob(IntPtr statement, int column);
        [DllImport(Library, CallingConvention = CallingConvention.Cdecl)] public static extern int sqlite3_column_bytes(IntPtr statement, int column);
    }

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
