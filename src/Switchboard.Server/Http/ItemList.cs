namespace Switchboard.Server.Http;

/// <summary>A list answer: <c>{"items":[…]}</c>.</summary>
public sealed record ItemList<T>(IReadOnlyList<T> Items);

/// <summary>One page of a cursor-paged list: <c>{"items":[…],"nextCursor":"…"}</c> (null on the last page).</summary>
public sealed record Page<T>(IReadOnlyList<T> Items, string? NextCursor);
