using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Text;

namespace Switchboard.Engine.Json;

/// <summary>
/// The JSON conventions of the whole product: camelCase, Instants as ISO-8601 UTC strings,
/// non-ASCII text written as is (so stored documents keep 北海道 readable).
/// </summary>
public static class EngineJson
{
    public static readonly JsonSerializerOptions Options = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(OmitNulls);
        options.Converters.Add(new InstantConverter());
        options.Converters.Add(new OffsetTimeConverter());
        return options;
    }

    /// <summary>Types marked <see cref="OmitNullsAttribute"/> leave out their null members when written.</summary>
    private static void OmitNulls(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object || !info.Type.IsDefined(typeof(OmitNullsAttribute), inherit: false)) return;
        foreach (var property in info.Properties)
            if (!property.PropertyType.IsValueType || Nullable.GetUnderlyingType(property.PropertyType) is not null)
                property.ShouldSerialize ??= static (_, value) => value is not null;
    }

    private sealed class InstantConverter : JsonConverter<Instant>
    {
        public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            var text = reader.GetString() ?? throw new JsonException("expected an ISO-8601 instant");
            var parsed = InstantPattern.ExtendedIso.Parse(text);
            if (parsed.Success) return parsed.Value;
            if (DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var dto))
                return Instant.FromDateTimeOffset(dto);
            throw new JsonException($"'{text}' is not an ISO-8601 instant");
        }

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) =>
            writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
    }

    /// <summary>A time with an offset written back as sent: UTC as <c>…Z</c> (the default writer would say <c>+00:00</c>), others with their offset.</summary>
    private sealed class OffsetTimeConverter : JsonConverter<DateTimeOffset>
    {
        public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var value)
                ? value
                : throw new JsonException("expected an ISO-8601 date and time with an offset, such as 2026-12-24T00:00:00Z");

        public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Offset == TimeSpan.Zero
                ? value.UtcDateTime.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFF'Z'", System.Globalization.CultureInfo.InvariantCulture)
                : value.ToString("yyyy'-'MM'-'dd'T'HH':'mm':'ss.FFFFFFFzzz", System.Globalization.CultureInfo.InvariantCulture));
    }
}
