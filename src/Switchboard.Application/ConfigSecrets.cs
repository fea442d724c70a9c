using System.Text.Json.Nodes;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;

namespace Switchboard.Application;

/// <summary>
/// Write-only configuration values: webhook signing secrets and Slack incoming-webhook URLs (whoever holds
/// one can post to the channel). Every read shows <see cref="Placeholder"/> instead; a write that sends the
/// placeholder back keeps the stored value of the same action (same workflow, same position, or the
/// workflow's action with the same URL).
/// </summary>
public static class ConfigSecrets
{
    public const string Placeholder = Engine.Config.SecretValues.Placeholder;

    public static RoutingConfig Redact(RoutingConfig config) => config with { Workflows = [.. config.Workflows.Select(Redact)] };

    public static Workflow Redact(Workflow workflow) => workflow with
    {
        Actions = [.. workflow.Actions.Select(a => a with
        {
            Secret = a.Secret is null ? null : Placeholder,
            Url = IsSlack(a) && a.Url is not null ? Placeholder : a.Url,
        })],
    };

    /// <summary>An outgoing message as shown (the outbox list): the same values redacted as in the configuration.</summary>
    public static JsonObject Redact(string channel, JsonObject payload)
    {
        var shown = payload.DeepClone().AsObject();
        if (shown.ContainsKey("secret")) shown["secret"] = Placeholder;
        if (channel == Channels.Slack && shown.ContainsKey("url")) shown["url"] = Placeholder;
        return shown;
    }

    public static RoutingConfig Keep(RoutingConfig next, RoutingConfig current) => next with
    {
        // A null workflow or action is left for validation to name (it is not a place a secret is kept).
        Workflows = [.. next.Workflows.Select(w => w?.Actions is not null && current.Workflows.FirstOrDefault(c => c.Id == w.Id) is { } stored ? Keep(w, stored) : w!)],
    };

    private static Workflow Keep(Workflow next, Workflow stored) => next with
    {
        Actions = [.. next.Actions.Select((action, i) =>
        {
            if (action is null) return action!;
            var same = i < stored.Actions.Count && stored.Actions[i].Type == action.Type ? stored.Actions[i] : null;
            var url = action.Url == Placeholder && IsSlack(action) ? same?.Url ?? action.Url : action.Url;
            if (action.Secret != Placeholder) return action with { Url = url };
            var secret = same?.Secret
                ?? stored.Actions.FirstOrDefault(s => s.Url == url && s.Secret is not null)?.Secret;
            return action with { Url = url, Secret = secret ?? action.Secret };
        })],
    };

    /// <summary>Placeholders a write sent where nothing is stored to keep.</summary>
    public static IEnumerable<ValidationError> Unresolved(RoutingConfig config)
    {
        for (var w = 0; w < config.Workflows.Count; w++)
        {
            var actions = config.Workflows[w]?.Actions ?? [];
            for (var a = 0; a < actions.Count; a++)
            {
                var path = $"workflows[{w}].actions[{a}]";
                if (actions[a]?.Secret == Placeholder) yield return new(path + ".secret", NothingToKeep);
                if (actions[a]?.Url == Placeholder) yield return new(path + ".url", NothingToKeep);
            }
        }
    }

    private const string NothingToKeep = "is the redacted placeholder, but no stored value is at this place to keep; send the value itself";

    private static bool IsSlack(WorkflowAction action) => action.Channel == Channels.Slack;
}
