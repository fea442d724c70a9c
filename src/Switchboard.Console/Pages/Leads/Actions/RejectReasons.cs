namespace Switchboard.Web.Pages.Leads.Actions;

/// <summary>
/// The reasons the console offers for rejecting a lead, on the lead page and the workspace's cards, with their text keys
/// in LeadsText. The API takes any reason; not_ready recycles the lead to nurturing, any other routes it again without
/// the rep who rejected it.
/// </summary>
public static class RejectReasons
{
    public static readonly (string Code, string TextKey)[] All =
    [
        ("not_ready", "RejectNotReady"),
        ("wrong_territory", "RejectWrongTerritory"),
        ("not_a_fit", "RejectNotAFit"),
        ("duplicate", "RejectDuplicate"),
        ("unreachable", "RejectUnreachable"),
    ];
}
