namespace Switchboard.Cli;

/// <summary>One line of the answer of <c>POST /api/leads/batch</c> (see the server's README section "Batch import").</summary>
public sealed record ItemResult(int Index, string Status, string? LeadId, string? OwnerId, string? DuplicateOf,
    Dictionary<string, string[]>? Errors)
{
    /// <summary>Each error as "field: message", without the item's index ("[17].email" → "email").</summary>
    public IEnumerable<string> Reasons() =>
        (Errors ?? []).SelectMany(error => error.Value.Select(message => Reason(error.Key, message)));

    private static string Reason(string path, string message)
    {
        var close = path.StartsWith('[') ? path.IndexOf(']') : -1;
        var field = (close >= 0 ? path[(close + 1)..] : path).TrimStart('.');
        return field.Length == 0 ? message : $"{field}: {message}";
    }
}
