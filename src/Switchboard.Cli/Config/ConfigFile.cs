using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;

namespace Switchboard.Cli.Config;

/// <summary>
/// A configuration document kept in a file (as <c>config pull</c> writes it): its text as written (what a push sends),
/// and the configuration it reads as. It is read as strictly as the server reads it, so a misspelt property is named
/// here rather than hidden from the diff.
/// </summary>
public sealed record ConfigFile(string Name, string Text, RoutingConfig Config, bool HasVersion)
{
    private static readonly JsonSerializerOptions Strict = new(EngineJson.Options) { UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow };

    /// <exception cref="ConfigCommandException">The file cannot be read, is not JSON, or does not read as a configuration.</exception>
    public static ConfigFile Read(string path)
    {
        string text;
        try
        {
            text = File.ReadAllText(path, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or DecoderFallbackException)
        {
            throw new ConfigCommandException($"{path}: {error.Message}");
        }
        try
        {
            if (JsonNode.Parse(text) is not JsonObject document) throw new ConfigCommandException($"{path}: the configuration is one JSON object");
            var config = document.Deserialize<RoutingConfig>(Strict)!;
            return new ConfigFile(Path.GetFileName(path), text, config, document.ContainsKey("version"));
        }
        catch (JsonException error)
        {
            throw new ConfigCommandException($"{path}: {error.Message}");
        }
    }

    /// <summary>The document as <c>config pull</c> writes it: indented, non-ASCII text as it is.</summary>
    public static string Format(JsonObject document) =>
        document.ToJsonString(new JsonSerializerOptions(EngineJson.Options) { WriteIndented = true }) + Environment.NewLine;
}
