namespace Switchboard.Application.Leads;

/// <summary>The amounts a deal may have: 0 up to <see cref="Max"/> (above it storage would lose cents).</summary>
public static class DealAmount
{
    public const decimal Max = 1_000_000_000_000m;

    /// <summary>What is wrong with <paramref name="amount"/> (the field is "amount"), or null when it is fine.</summary>
    public static string? Problem(decimal amount) => amount is < 0 or > Max ? $"must be between 0 and {Max}" : null;
}
