using Switchboard.Engine.Intake;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Application.Routing;

// What intake's rules need to know about a submission's past (IntakeFacts): the stored idempotency keys and open
// duplicates read for the whole group, and the leads made or changed earlier in this group, which are not stored yet.
public sealed partial class RoutingGroup
{
    private readonly Dictionary<string, string> _createdKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _mergeKeys = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string> _storedCreatedKeys = new Dictionary<string, string>();
    private IReadOnlyDictionary<string, string> _storedMergeKeys = new Dictionary<string, string>();
    private IReadOnlyDictionary<ContactMatch, string> _storedDuplicates = new Dictionary<ContactMatch, string>();
    private readonly Dictionary<string, string> _externalIds = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _emailKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _phoneKeys = new(StringComparer.Ordinal);

    /// <summary>Looks up the group's idempotency keys and open duplicates, one query each; returns the ids of the leads found.</summary>
    private async Task<IEnumerable<string>> ReadIntakeAsync(RoutingReads reads, CancellationToken ct)
    {
        if (reads.IdempotencyKeys.Count > 0)
            (_storedCreatedKeys, _storedMergeKeys) = await tx.FindIdempotencyKeysAsync(reads.IdempotencyKeys, ct);
        if (reads.Duplicates.Count > 0) _storedDuplicates = await tx.FindOpenDuplicatesAsync(reads.Duplicates, ct);
        return _storedCreatedKeys.Values.Concat(_storedMergeKeys.Values).Concat(_storedDuplicates.Values);
    }

    /// <summary>
    /// What intake knows of a submission whose key and duplicates were declared: the leads its idempotency key created
    /// or was merged into, and its open duplicates, newest first (this group's before the stored one).
    /// </summary>
    public IntakeFacts IntakeFacts(Submission submission, ContactMatch? matchOn)
    {
        var key = submission.IdempotencyKey;
        var created = key is null ? null : _createdKeys.GetValueOrDefault(key) ?? _storedCreatedKeys.GetValueOrDefault(key);
        var merged = key is null ? null : _mergeKeys.GetValueOrDefault(key) ?? _storedMergeKeys.GetValueOrDefault(key);
        var duplicates = new List<Lead>();
        if (matchOn is { IsEmpty: false })
        {
            string?[] ids =
            [
                matchOn.ExternalId is { } e ? _externalIds.GetValueOrDefault(e) : null,
                matchOn.Email is { } m ? _emailKeys.GetValueOrDefault(m) : null,
                matchOn.Phone is { } p ? _phoneKeys.GetValueOrDefault(p) : null,
                _storedDuplicates.GetValueOrDefault(matchOn),
            ];
            foreach (var id in ids.OfType<string>().Distinct(StringComparer.Ordinal))
                if (Lead(id) is { } lead) duplicates.Add(lead);
        }
        return new IntakeFacts(created is null ? null : Lead(created), merged is null ? null : Lead(merged), duplicates);
    }

    /// <summary>Remembers that the request with this idempotency key was merged into the lead (written at flush).</summary>
    public void RememberMerge(string idempotencyKey, string leadId) => _mergeKeys[idempotencyKey] = leadId;

    private void RememberIntake(Lead lead, string? createdWithKey)
    {
        if (createdWithKey is not null) _createdKeys[createdWithKey] = lead.Id;
        var keys = ContactMatch.Of(lead.ExternalId, lead.Data);
        if (keys.ExternalId is { } externalId) _externalIds[externalId] = lead.Id;
        if (keys.Email is { } email) _emailKeys[email] = lead.Id;
        if (keys.Phone is { } phone) _phoneKeys[phone] = lead.Id;
    }
}
