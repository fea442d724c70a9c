namespace Switchboard.Storage;

// The data-protection key ring (sign-in cookies, anti-forgery tokens): XML elements stored as they are given.
public partial interface ISwitchboardStore
{
    /// <summary>Every stored key element, oldest first.</summary>
    Task<IReadOnlyList<string>> ListRingKeysAsync(CancellationToken ct = default);

    /// <summary>Stores a key element under its name; a name already stored keeps its first element (keys never change).</summary>
    Task AddRingKeyAsync(string name, string xml, NodaTime.Instant at, CancellationToken ct = default);
}
