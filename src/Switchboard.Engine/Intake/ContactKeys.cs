using System.Text.Json;
using System.Text.Json.Nodes;
using PhoneNumbers;

namespace Switchboard.Engine.Intake;

/// <summary>
/// The matching forms of a lead's contact fields, kept beside the raw values (leads.email_norm, leads.phone_key)
/// for intake de-duplication. The raw values are never changed.
/// <list type="bullet">
/// <item>email: trimmed and lower-cased (<c>" Minji.Kim@Example.KR"</c> → <c>minji.kim@example.kr</c>).</item>
/// <item>phone: E.164 (<c>090-1234-5678</c> with country JP → <c>+819012345678</c>), parsed in the region of the
/// lead's <c>country</c> (an ISO code or a country name, see <see cref="CountryRegions"/>), else as an
/// international number; null when it does not parse to a possible number.</item>
/// </list>
/// </summary>
public static class ContactKeys
{
    private static readonly PhoneNumberUtil Phones = PhoneNumberUtil.GetInstance();

    /// <summary>
    /// Keys of recently seen numbers: intake keys a new lead's phone up to three times (duplicate lookup, the
    /// batch's memory of its leads, the row write), and libphonenumber's parse is the costly part. Bounded.
    /// </summary>
    private static readonly Dictionary<(string Phone, string Region), string?> Recent = [];
    private const int RecentLimit = 4096;

    public static string? Email(string? email)
    {
        var trimmed = email?.Trim();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed.ToLowerInvariant();
    }

    public static string? Email(JsonObject data) => Email(Text(data, "email"));

    public static string? Phone(JsonObject data) =>
        Text(data, "phone") is { } phone ? Phone(phone, Text(data, "country")) : null;

    public static string? Phone(string? phone, string? country)
    {
        if (string.IsNullOrWhiteSpace(phone) || phone.Length > 64) return null;
        var region = CountryRegions.Of(country) ?? "ZZ";
        lock (Recent)
        {
            if (Recent.TryGetValue((phone, region), out var known)) return known;
        }
        var key = Parse(phone, region);
        lock (Recent)
        {
            if (Recent.Count >= RecentLimit) Recent.Clear();
            Recent[(phone, region)] = key;
        }
        return key;
    }

    private static string? Parse(string phone, string region)
    {
        try
        {
            var number = Phones.Parse(phone, region);
            return Phones.IsPossibleNumber(number) ? Phones.Format(number, PhoneNumberFormat.E164) : null;
        }
        catch (NumberParseException)
        {
            return null;
        }
    }

    private static string? Text(JsonObject data, string field) =>
        data[field] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;
}
