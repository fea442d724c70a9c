using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using NodaTime;
using NodaTime.Text;
using Switchboard.Application.Reports;

namespace Switchboard.Server.Apis.Reports;

/// <summary>
/// A report's table as CSV: UTF-8 with a byte order mark (as the leads export, so spreadsheets read Korean and Japanese),
/// numbers as invariant numbers, and text starting with =, @, +, -, tab or CR given a leading ' so a spreadsheet does not
/// run it as a formula (numbers are left alone: a negative deviation stays a number).
/// </summary>
public static class ReportCsv
{
    public static PushStreamHttpResult Answer(ReportTable table, string name) =>
        TypedResults.Stream(body => WriteAsync(body, table), "text/csv; charset=utf-8", name + ".csv");

    private static async Task WriteAsync(Stream body, ReportTable table)
    {
        await using var text = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await using var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture));
        foreach (var column in table.Columns) csv.WriteField(column);
        await csv.NextRecordAsync();
        foreach (var row in table.Rows)
        {
            foreach (var value in row) csv.WriteField(Field(value));
            await csv.NextRecordAsync();
        }
    }

    private static string Field(object? value) => value switch
    {
        null => "",
        string text => text.Length > 0 && "=@+-\t\r".Contains(text[0]) ? "'" + text : text,
        Instant instant => InstantPattern.ExtendedIso.Format(instant),
        LocalDate date => LocalDatePattern.Iso.Format(date),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
