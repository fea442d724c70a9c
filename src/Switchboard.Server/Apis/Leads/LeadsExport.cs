using System.Globalization;
using System.Security.Claims;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Server.Apis.Leads;

/// <summary>
/// <c>GET /api/leads/export.csv</c>: every lead the list's filters match (a rep key: its own), in the list's sort, as CSV.
/// A path of its own rather than <c>?format=csv</c> on the list: the download is one operation with one answer type in the
/// OpenAPI document, a link a browser can save as leads.csv, and it takes no cursor or limit. The leads are read page by
/// page through the same keyset paging as the list and written as they come, so memory stays flat however many match.
/// Text is UTF-8 with a byte order mark (Excel otherwise opens UTF-8 CSV as the local code page and garbles Korean and
/// Japanese); values starting with =, @, +, -, tab or CR get a leading ' so a spreadsheet does not run them as formulas.
/// </summary>
public static class LeadsExport
{
    public const string ContentType = "text/csv; charset=utf-8";
    private const int PageSize = 500;

    public static readonly string[] Columns =
        ["id", "createdAt", "firstName", "lastName", "email", "phone", "company", "source", "region", "owner", "status", "stage", "score", "grade"];

    public static Results<PushStreamHttpResult, ValidationProblem, ProblemHttpResult> Download(
        ClaimsPrincipal user, ISwitchboardStore store, [AsParameters] LeadListQuery list)
    {
        var (query, invalid, forbidden) = list.Read(user);
        if (invalid is not null) return invalid;
        if (forbidden is not null) return forbidden;
        return TypedResults.Stream(body => WriteAsync(body, store, query! with { Limit = PageSize }), ContentType, "leads.csv");
    }

    private static async Task WriteAsync(Stream body, ISwitchboardStore store, LeadQuery query)
    {
        await using var text = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
        await using var csv = new CsvWriter(text, new CsvConfiguration(CultureInfo.InvariantCulture) { InjectionOptions = InjectionOptions.Escape });
        foreach (var column in Columns) csv.WriteField(column);
        await csv.NextRecordAsync();
        string? cursor = null;
        do
        {
            var page = await store.ListLeadsAsync(query with { Cursor = cursor });
            foreach (var lead in page.Items)
            {
                foreach (var column in Columns) csv.WriteField(Value(lead, column));
                await csv.NextRecordAsync();
            }
            await csv.FlushAsync();
            cursor = page.NextCursor;
        } while (cursor is not null);
    }

    private static string? Value(Lead lead, string column) => column switch
    {
        "owner" => lead.OwnerId,
        _ => LeadText.Field(lead, column),
    };
}
