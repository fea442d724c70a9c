using System.Buffers;
using System.Text;
using System.Text.Json;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Rows;

/// <summary>
/// A stored decision read for what it did, not why: its trigger, outcome, workflow, pool and chosen rep, with every other
/// member (the why, the candidates, a merged submission) skipped unparsed. What a replay compares with; far cheaper than
/// <see cref="StoredJson.Read{T}"/> over a pool decision's candidate list. Shadow mode's live side reads decisions so too.
/// </summary>
internal static class DecisionHead
{
    public static Decision Read(string json)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(json.Length));
        try
        {
            var reader = new Utf8JsonReader(buffer.AsSpan(0, Encoding.UTF8.GetBytes(json, buffer)));
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) throw new InvalidDataException("a stored decision is not a JSON object");
            string trigger = "", outcome = "";
            string? workflowId = null, poolId = null, chosenRepId = null;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("trigger"u8)) trigger = Text(ref reader) ?? "";
                else if (reader.ValueTextEquals("outcome"u8)) outcome = Text(ref reader) ?? "";
                else if (reader.ValueTextEquals("workflowId"u8)) workflowId = Text(ref reader);
                else if (reader.ValueTextEquals("poolId"u8)) poolId = Text(ref reader);
                else if (reader.ValueTextEquals("chosenRepId"u8)) chosenRepId = Text(ref reader);
                else reader.Skip();
            }
            return new Decision { Trigger = trigger, Outcome = outcome, WorkflowId = workflowId, PoolId = poolId, ChosenRepId = chosenRepId };
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private static string? Text(ref Utf8JsonReader reader)
    {
        reader.Read();
        return reader.GetString();
    }
}
