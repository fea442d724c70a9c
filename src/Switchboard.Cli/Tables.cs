using Spectre.Console;

namespace Switchboard.Cli;

/// <summary>
/// Tables and bars that read on a terminal and still parse when piped: rounded borders and coloured bars where the
/// output understands ANSI, Markdown tables (cells between <c>|</c>) and <c>#</c> bars where it does not.
/// </summary>
public static class Tables
{
    public const int BarWidth = 24;

    public static Table New(IAnsiConsole console, string? title = null)
    {
        var table = new Table().Border(console.Profile.Capabilities.Ansi ? TableBorder.Rounded : TableBorder.Markdown);
        if (title is not null) table.Title(Markup.Escape(title));
        return table;
    }

    /// <summary>Adds right-aligned columns (numbers) after the left-aligned <paramref name="first"/>.</summary>
    public static Table Columns(this Table table, string first, params string[] numbers)
    {
        table.AddColumn(first);
        return table.Numbers(numbers);
    }

    public static Table Numbers(this Table table, params string[] numbers)
    {
        foreach (var number in numbers) table.AddColumn(new TableColumn(number).RightAligned());
        return table;
    }

    /// <summary>Writes the table, or when it has no rows a line saying so (<c>Deals by stage: none in this period</c>).</summary>
    public static void Show(this IAnsiConsole console, Table table)
    {
        if (table.Rows.Count > 0) console.Write(table);
        else console.MarkupLine($"[dim]{table.Title?.Text ?? "table"}: none in this period[/]");
    }

    /// <summary>A bar of <paramref name="value"/> against <paramref name="max"/> (markup): full blocks on a terminal, # when piped.</summary>
    public static string Bar(IAnsiConsole console, double value, double max, string colour = "green")
    {
        var length = max <= 0 || value <= 0 ? 0 : (int)Math.Round(Math.Min(value, max) / max * BarWidth);
        if (!console.Profile.Capabilities.Ansi) return new string('#', length);
        return length == 0 ? "" : $"[{colour}]{new string(console.Profile.Capabilities.Unicode ? '█' : '#', length)}[/]";
    }

    public static string Number(double? value, string format = "N0") => value is { } v ? v.ToString(format, System.Globalization.CultureInfo.InvariantCulture) : "–";

    public static string Percent(double? rate) => rate is { } r ? (r * 100).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) + " %" : "–";
}
