using Spectre.Console;

namespace Switchboard.Cli;

/// <summary>The closing tables of an import or dry run: outcomes, top rejection reasons, leads per owner.</summary>
public static class ReportView
{
    private const int TopReasons = 10;
    private const int TopOwners = 20;

    /// <param name="elapsed">null for a dry run (nothing was sent, so no owners or rate).</param>
    public static void Show(IAnsiConsole console, ImportReport report, string title, TimeSpan? elapsed)
    {
        var sent = elapsed is not null;
        console.Write(new Rule(Markup.Escape(title)).LeftJustified());
        var outcomes = new Table().AddColumn("Outcome").AddColumn(new TableColumn("Rows").RightAligned());
        if (sent)
        {
            outcomes.AddRow("[green]created[/]", $"{report.Created:N0}");
            outcomes.AddRow("merged (duplicate of a stored lead)", $"{report.Merged:N0}");
            outcomes.AddRow("replayed (already imported)", $"{report.Replayed:N0}");
        }
        else outcomes.AddRow("[green]would be sent[/]", $"{report.Created:N0}");
        outcomes.AddRow(report.Rejected > 0 ? "[red]rejected[/]" : "rejected", $"{report.Rejected:N0}");
        outcomes.AddRow("skipped (empty rows)", $"{report.Skipped:N0}");
        if (elapsed is { } time)
            outcomes.Caption($"{time.TotalSeconds:N1} s, {(time.TotalSeconds > 0 ? report.Done / time.TotalSeconds : 0):N0} leads/s");
        console.Write(outcomes);

        if (report.Rejected > 0) console.Write(Reasons(report));
        if (sent && (report.Owners().Count > 0 || report.Unassigned > 0)) console.Write(Owners(report));
    }

    private static Table Reasons(ImportReport report)
    {
        var table = new Table().Title("Rejected rows: top reasons")
            .AddColumn("Reason").AddColumn(new TableColumn("Rows").RightAligned()).AddColumn("For example rows");
        foreach (var (reason, count, rows) in report.TopReasons(TopReasons))
            table.AddRow(Markup.Escape(reason), $"{count:N0}", string.Join(", ", rows));
        if (report.ReasonCount > TopReasons) table.Caption($"{report.ReasonCount - TopReasons:N0} more reasons");
        return table;
    }

    private static Table Owners(ImportReport report)
    {
        var owners = report.Owners();
        var table = new Table().Title("Leads per owner").AddColumn("Owner").AddColumn(new TableColumn("Leads").RightAligned());
        foreach (var (owner, count) in owners.Take(TopOwners)) table.AddRow(Markup.Escape(owner), $"{count:N0}");
        if (owners.Count > TopOwners) table.AddRow($"[grey]{owners.Count - TopOwners:N0} more owners[/]", $"{owners.Skip(TopOwners).Sum(o => o.Count):N0}");
        if (report.Unassigned > 0) table.AddRow("[grey](unassigned)[/]", $"{report.Unassigned:N0}");
        return table;
    }
}
