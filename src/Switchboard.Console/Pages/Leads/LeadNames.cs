using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;

namespace Switchboard.Web.Pages.Leads;

/// <summary>How the lead pages name a lead and the text keys of its status, its deals' status and its standard fields.</summary>
public static class LeadNames
{
    /// <summary>"firstName lastName", else the company, the email, the id.</summary>
    public static string Of(Lead lead) => LeadText.DisplayName(lead);

    /// <summary>The text key of a lead status ("assigned" → StatusAssigned).</summary>
    public static string StatusKey(string status) => "Status" + Pascal(status);

    /// <summary>The text key of a deal status ("won" → DealStatusWon).</summary>
    public static string DealStatusKey(string status) => "DealStatus" + Pascal(status);

    /// <summary>The text key of a standard lead field ("firstName" → FieldFirstName).</summary>
    public static string FieldKey(string field) => "Field" + Pascal(field);

    private static string Pascal(string code) => string.Concat(code.Split('_').Select(part => part.Length == 0 ? "" : char.ToUpperInvariant(part[0]) + part[1..]));
}
