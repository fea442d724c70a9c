namespace Switchboard.Application.Reports;

/// <summary>A report flattened to one table (what <c>format=csv</c> answers): column names and rows of plain values.</summary>
public sealed record ReportTable(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);

/// <summary>A report that can be answered as one table.</summary>
public interface ITabularReport
{
    ReportTable ToTable();
}
