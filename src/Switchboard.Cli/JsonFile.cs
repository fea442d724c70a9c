using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Switchboard.Cli;

/// <summary>A JSON file a command sends (a draft configuration, leads to preview), read strictly as UTF-8.</summary>
public static class JsonFile
{
    /// <summary>The file's JSON, or why it does not read (null when it reads): missing, unreadable, not UTF-8, not JSON.</summary>
    public static string? Read(FileInfo file, out JsonNode? json)
    {
        json = null;
        try
        {
            json = JsonNode.Parse(File.ReadAllText(file.FullName, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true)));
            return json is null ? $"{file.Name}: the file holds null, not JSON data" : null;
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or DecoderFallbackException or JsonException)
        {
            return $"{file.Name}: {error.Message}";
        }
    }
}
