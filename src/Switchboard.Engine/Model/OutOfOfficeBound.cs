using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace Switchboard.Engine.Model;

/// <summary>
/// One end of an out-of-office period: a moment with an offset (<c>"2026-12-24T09:00:00+09:00"</c>) or a whole
/// day (<c>"2026-12-24"</c>) in the rep's own zone, which as <c>from</c> begins at that day's start and as
/// <c>to</c> ends at its end (the next day's start), so both bounds' days are included. Written back as sent.
/// </summary>
[JsonConverter(typeof(OutOfOfficeBoundConverter))]
public readonly record struct OutOfOfficeBound
{
    private readonly DateTimeOffset _moment;

    public OutOfOfficeBound(DateTimeOffset moment) => _moment = moment;

    public OutOfOfficeBound(LocalDate day) => Day = day;

    /// <summary>Set for a date-only bound.</summary>
    public LocalDate? Day { get; }

    public static implicit operator OutOfOfficeBound(DateTimeOffset moment) => new(moment);

    /// <summary>The bound as the start of a period: a whole day starts at its first moment in <paramref name="zone"/>.</summary>
    public Instant AsFrom(DateTimeZone zone) => Day is { } day ? day.AtStartOfDayInZone(zone).ToInstant() : Instant.FromDateTimeOffset(_moment);

    /// <summary>The bound as the end of a period: a whole day ends where the next day starts in <paramref name="zone"/>.</summary>
    public Instant AsTo(DateTimeZone zone) => Day is { } day ? day.PlusDays(1).AtStartOfDayInZone(zone).ToInstant() : Instant.FromDateTimeOffset(_moment);

    public override string ToString() => Day is { } day ? LocalDatePattern.Iso.Format(day) : _moment.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private sealed class OutOfOfficeBoundConverter : JsonConverter<OutOfOfficeBound>
    {
        public override OutOfOfficeBound Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType == JsonTokenType.String && reader.GetString() is { Length: 10 } text && LocalDatePattern.Iso.Parse(text) is { Success: true } day)
                return new(day.Value);
            // Read here, not through a nested JsonSerializer call, whose failure would name the root ("$") instead of this bound's path.
            if (reader.TokenType == JsonTokenType.String && reader.TryGetDateTimeOffset(out var moment)) return new(moment);
            throw new JsonException("expected a date such as 2026-12-24 or a date and time with an offset such as 2026-12-24T09:00:00+09:00");
        }

        public override void Write(Utf8JsonWriter writer, OutOfOfficeBound value, JsonSerializerOptions options)
        {
            if (value.Day is { } day) writer.WriteStringValue(LocalDatePattern.Iso.Format(day));
            else JsonSerializer.Serialize(writer, value._moment, options);
        }
    }
}
