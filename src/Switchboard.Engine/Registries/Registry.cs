using System.Diagnostics.CodeAnalysis;

namespace Switchboard.Engine.Registries;

/// <summary>The items of one kind this build knows (strategies, action types, condition operators), by configuration name, in registration order.</summary>
internal sealed class Registry<T>
    where T : class
{
    private readonly string _kind;
    private readonly Dictionary<string, T> _byName;

    /// <param name="kind">What an item is called in messages ("strategy").</param>
    /// <param name="name">The configuration name an item declares.</param>
    public Registry(string kind, Func<T, string> name, params T[] items)
    {
        _kind = kind;
        _byName = items.ToDictionary(name, StringComparer.Ordinal);
        Names = [.. items.Select(name)];
    }

    /// <summary>The names in registration order.</summary>
    public IReadOnlyList<string> Names { get; }

    public bool TryGet(string? name, [NotNullWhen(true)] out T? item)
    {
        item = null;
        return name is not null && _byName.TryGetValue(name, out item);
    }

    /// <summary>Throws <see cref="ArgumentException"/> for a name without an item: validation lets none through.</summary>
    public T Get(string name) =>
        TryGet(name, out var item) ? item : throw new ArgumentException($"unknown {_kind} '{name}'", nameof(name));
}
