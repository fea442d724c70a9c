using System.Text.Json;

namespace Switchboard.Server.Apis.Leads.Batch;

/// <summary>
/// A JSON array: each element of the top-level array is an item. The whole document is checked by
/// <see cref="Utf8JsonReader"/> as it goes, so a syntax error anywhere, a root that is not an array or
/// trailing content throws a <see cref="JsonException"/> with the line and byte position.
/// </summary>
internal sealed class JsonArraySplitter : ItemSplitter
{
    private JsonReaderState _state;
    private int _position;
    private int _elementStart = -1;

    protected override int Scan(ReadOnlySpan<byte> data, bool final, List<Range> found)
    {
        var reader = new Utf8JsonReader(data[_position..], final, _state);
        while (reader.Read())
        {
            var at = _position + (int)reader.TokenStartIndex;
            var end = _position + (int)reader.BytesConsumed;
            if (reader.CurrentDepth == 0)
            {
                if (reader.TokenType is not (JsonTokenType.StartArray or JsonTokenType.EndArray))
                    throw new JsonException("the body must be a JSON array of leads (or NDJSON sent as application/x-ndjson)");
                continue;
            }
            if (reader.CurrentDepth != 1) continue;
            switch (reader.TokenType)
            {
                case JsonTokenType.StartObject or JsonTokenType.StartArray:
                    _elementStart = at;
                    break;
                case JsonTokenType.EndObject or JsonTokenType.EndArray:
                    found.Add(_elementStart..end);
                    _elementStart = -1;
                    break;
                case JsonTokenType.Comment:
                    break;
                default:
                    found.Add(at..end);
                    break;
            }
        }
        _state = reader.CurrentState;
        _position += (int)reader.BytesConsumed;
        return _elementStart >= 0 ? _elementStart : _position;
    }

    protected override void Shift(int bytes)
    {
        _position -= bytes;
        if (_elementStart >= 0) _elementStart -= bytes;
    }
}
