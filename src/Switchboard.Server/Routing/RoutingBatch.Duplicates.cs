using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Storage;
using Switchboard.Storage.Contacts;

namespace Switchboard.Server.Routing;

// Intake de-duplication within the batch: leads inserted or changed earlier in this batch are not in the
// database yet, so their external ids and contact keys are remembered here and looked up first.
public sealed partial class RoutingBatch
{
    private static readonly string[] MatchKinds = ["externalId", "email", "phone"];
    private readonly Dictionary<string, string> _emailKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _phoneKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _mergeKeys = new(StringComparer.Ordinal);

    /// <summary>
    /// The open lead a submission duplicates, with what it matched on ("externalId", "email", "phone"): the best kind
    /// of match (in that order) among this batch's leads and the stored ones; this batch's lead wins a tie (it is newer).
    /// </summary>
    public async Task<(Lead Lead, string MatchedBy)?> FindDuplicateAsync(ContactMatch keys, CancellationToken ct)
    {
        if (keys.IsEmpty) return null;
        var best = await CandidateAsync(InBatch(keys), keys, ct);
        if (best is { Kind: 0 }) return (best.Value.Lead, MatchKinds[0]);
        var storedId = _storedDuplicates is { } known && known.Checked.Contains(keys)
            ? known.Found.GetValueOrDefault(keys)
            : await Tx.FindOpenDuplicateAsync(keys, ct);
        var stored = await CandidateAsync(storedId, keys, ct);
        if (stored is { } found && (best is null || found.Kind < best.Value.Kind)) best = found;
        return best is { } match ? (match.Lead, MatchKinds[match.Kind]) : null;
    }

    /// <summary>What a submission is de-duplicated on.</summary>
    public static ContactMatch KeysOf(string? externalId, JsonObject data) => new(externalId, ContactKeys.Email(data), ContactKeys.Phone(data));

    /// <summary>Stored duplicates found for the batch's submissions before its commands ran (stored leads only).</summary>
    private (HashSet<ContactMatch> Checked, IReadOnlyDictionary<ContactMatch, string> Found)? _storedDuplicates;

    /// <summary>Idempotency keys looked up before the commands ran, and what the database had for them.</summary>
    private readonly HashSet<string> _checkedKeys = new(StringComparer.Ordinal);
    private IReadOnlyDictionary<string, string> _storedKeys = new Dictionary<string, string>();
    private IReadOnlyDictionary<string, string> _storedMergeKeys = new Dictionary<string, string>();

    /// <summary>Looks up the batch's idempotency keys and stored duplicates in one query each (see <see cref="PrepareAsync"/>).</summary>
    private async Task PrepareIntakeAsync(IReadOnlyList<RoutingCommand> commands, CancellationToken ct)
    {
        var keys = commands.Select(c => c.IdempotencyKeyToCheck).OfType<string>().ToList();
        if (keys.Count > 0)
        {
            (_storedKeys, _storedMergeKeys) = await Tx.FindIdempotencyKeysAsync(keys, ct);
            _checkedKeys.UnionWith(keys);
        }
        var matches = commands.Select(c => c.DuplicateKeysToCheck(this)).OfType<ContactMatch>().Where(m => !m.IsEmpty).ToList();
        if (matches.Count > 0) _storedDuplicates = ([.. matches], await Tx.FindOpenDuplicatesAsync(matches, ct));
    }

    /// <summary>The lead a request with this idempotency key was merged into (in this batch or before), or null.</summary>
    public async Task<string?> FindMergeByIdempotencyKeyAsync(string key, CancellationToken ct) =>
        _mergeKeys.TryGetValue(key, out var id) ? id
        : _checkedKeys.Contains(key) ? _storedMergeKeys.GetValueOrDefault(key)
        : await Tx.FindMergedLeadIdByIdempotencyKeyAsync(key, ct);

    /// <summary>Remembers that the request with this idempotency key was merged into the lead (written at flush).</summary>
    public void RememberMerge(string idempotencyKey, string leadId) => _mergeKeys[idempotencyKey] = leadId;

    private void Remember(Lead lead)
    {
        if (lead.ExternalId is not null) _externalIds[lead.ExternalId] = lead.Id;
        if (ContactKeys.Email(lead.Data) is { } email) _emailKeys[email] = lead.Id;
        if (ContactKeys.Phone(lead.Data) is { } phone) _phoneKeys[phone] = lead.Id;
    }

    private string? InBatch(ContactMatch keys) =>
        keys.ExternalId is { } e && _externalIds.TryGetValue(e, out var byExternalId) ? byExternalId
        : keys.Email is { } m && _emailKeys.TryGetValue(m, out var byEmail) ? byEmail
        : keys.Phone is { } p && _phoneKeys.TryGetValue(p, out var byPhone) ? byPhone
        : null;

    /// <summary>The lead as this batch sees it now, if it is still open and still matches; Kind indexes <see cref="MatchKinds"/>.</summary>
    private async Task<(Lead Lead, int Kind)?> CandidateAsync(string? id, ContactMatch keys, CancellationToken ct)
    {
        if (id is null || await GetLeadAsync(id, ct) is not { IsOpen: true } lead) return null;
        if (keys.ExternalId is not null && lead.ExternalId == keys.ExternalId) return (lead, 0);
        if (keys.Email is not null && ContactKeys.Email(lead.Data) == keys.Email) return (lead, 1);
        if (keys.Phone is not null && ContactKeys.Phone(lead.Data) == keys.Phone) return (lead, 2);
        return null;
    }
}
