using System.Text;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;

namespace Switchboard.Engine.Messages;

/// <summary>
/// Message templates: text with placeholders <c>{{lead.firstName}}</c>, <c>{{lead.fields.導入検討時期}}</c>,
/// <c>{{lead.id}}</c>, <c>{{lead.link}}</c>, <c>{{owner.name}}</c>, <c>{{owner.email}}</c>, <c>{{workflow.id}}</c>.
/// A placeholder without a value renders as nothing; values are inserted exactly as received.
/// </summary>
internal static class Template
{
    private static readonly string[] OwnerFields = ["id", "name", "email"];
    private static readonly string[] WorkflowFields = ["id"];

    public static string Render(string text, Lead lead, Rep? owner, string? workflowId, string publicUrl)
    {
        var output = new StringBuilder(text.Length + 32);
        var at = 0;
        while (Next(text, at) is var (start, end, path))
        {
            output.Append(text, at, start - at).Append(Value(path, lead, owner, workflowId, publicUrl));
            at = end;
        }
        return output.Append(text, at, text.Length - at).ToString();
    }

    /// <summary>Errors at <paramref name="path"/>: an unclosed "{{", an empty placeholder, an unknown root or owner/workflow field.</summary>
    public static void Validate(string text, string path, List<ValidationError> errors)
    {
        var at = 0;
        while (at < text.Length)
        {
            var start = text.IndexOf("{{", at, StringComparison.Ordinal);
            if (start < 0) return;
            var end = text.IndexOf("}}", start + 2, StringComparison.Ordinal);
            if (end < 0)
            {
                errors.Add(new(path, $"unclosed placeholder at character {start}: \"{{{{\" needs a matching \"}}}}\""));
                return;
            }
            if (Problem(text[(start + 2)..end].Trim()) is { } problem) errors.Add(new(path, problem));
            at = end + 2;
        }
    }

    private static string? Problem(string placeholder)
    {
        var dot = placeholder.IndexOf('.');
        var (root, field) = dot < 0 ? (placeholder, "") : (placeholder[..dot], placeholder[(dot + 1)..]);
        if (field.Length == 0)
            return $"placeholder \"{{{{{placeholder}}}}}\" needs a field: lead.<field>, owner.<{string.Join("|", OwnerFields)}> or workflow.id";
        return root switch
        {
            "lead" => field == "fields." ? "placeholder \"{{lead.fields.}}\" needs a custom field name" : null,
            "owner" => OwnerFields.Contains(field) ? null : $"unknown owner field \"{field}\"; use {string.Join(", ", OwnerFields)}",
            "workflow" => WorkflowFields.Contains(field) ? null : $"unknown workflow field \"{field}\"; use id",
            _ => $"unknown placeholder \"{{{{{placeholder}}}}}\"; placeholders start with lead., owner. or workflow.",
        };
    }

    private static (int Start, int End, string Path)? Next(string text, int from)
    {
        var start = text.IndexOf("{{", from, StringComparison.Ordinal);
        if (start < 0) return null;
        var end = text.IndexOf("}}", start + 2, StringComparison.Ordinal);
        return end < 0 ? null : (start, end + 2, text[(start + 2)..end].Trim());
    }

    private static string? Value(string path, Lead lead, Rep? owner, string? workflowId, string publicUrl) => path switch
    {
        "lead.link" => LeadText.Link(lead, publicUrl),
        "owner.id" => owner?.Id,
        "owner.name" => owner?.Name,
        "owner.email" => owner?.Email,
        "workflow.id" => workflowId,
        _ when path.StartsWith("lead.", StringComparison.Ordinal) => LeadText.Field(lead, path["lead.".Length..]),
        _ => null,
    };
}
