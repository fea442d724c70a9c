namespace Switchboard.Web.Pages.Leads;

/// <summary>The text keys of a lead's status, its deals' status and its standard fields (<see cref="LeadName"/> names the lead).</summary>
public static class LeadTextKeys
{
    /// <summary>The text key of a lead status ("assigned" → StatusAssigned).</summary>
    public static string StatusKey(string status) => "Status" + Pascal(status);

    /// <summary>The text key of a deal status ("won" → DealStatusWon).</summary>
    public static string DealStatusKey(string status) => "DealStatus" + Pascal(status);

    /// <summary>The text key of a standard lead field ("firstName" → FieldFirstName).</summary>
    public static string FieldKey(string field) => "Field" + Pascal(field);

    private static string Pascal(string code) => string.Concat(code.Split('_').Select(part => part.Length == 0 ? "" : char.ToUpperInvariant(part[0]) + part[1..]));
}
