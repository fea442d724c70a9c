using Switchboard.Engine.Validation;
using Switchboard.Application.Routing;

namespace Switchboard.Server.Apis.Leads.Batch;

/// <summary>
/// What happened to one item of a batch. <see cref="Errors"/> is keyed by the item's path
/// (<c>[17].email</c>), like the <c>errors</c> of a problem answer.
/// </summary>
internal sealed record BatchResult(int Index, string Status, string? LeadId, string? OwnerId,
    string? DuplicateOf = null, IReadOnlyDictionary<string, string[]>? Errors = null)
{
    public const string Created = "created";
    public const string Merged = "merged";
    public const string Replayed = "replayed";
    public const string Error = "error";

    public static BatchResult From(int index, LeadOutcome outcome) => outcome.Kind switch
    {
        LeadOutcomeKind.Created => new(index, Created, outcome.Lead!.Id, outcome.Lead.OwnerId),
        LeadOutcomeKind.Replayed => new(index, Replayed, outcome.Lead!.Id, outcome.Lead.OwnerId, outcome.DuplicateOf),
        LeadOutcomeKind.Merged => new(index, Merged, outcome.Lead!.Id, outcome.Lead.OwnerId, outcome.DuplicateOf ?? outcome.Lead.Id),
        _ => Invalid(index, [new ValidationError(outcome.ErrorPath ?? "", outcome.Error ?? "was not created")]),
    };

    public static BatchResult Invalid(int index, IEnumerable<ValidationError> errors) =>
        new(index, Error, null, null, Errors: errors
            .GroupBy(e => PathOf(index, e.Path))
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()));

    /// <summary><c>email</c> of item 17 → <c>[17].email</c>; the item itself → <c>[17]</c>.</summary>
    public static string PathOf(int index, string path)
    {
        var inner = path.TrimStart('.');
        return inner.Length == 0 ? $"[{index}]" : inner.StartsWith('[') ? $"[{index}]{inner}" : $"[{index}].{inner}";
    }
}
