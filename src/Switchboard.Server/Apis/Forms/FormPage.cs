using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Switchboard.Engine.Model;

namespace Switchboard.Server.Apis.Forms;

/// <summary>
/// The public HTML of a web form: plain HTML that works without JavaScript, labels bound to their inputs,
/// required attributes, the form's language, error messages tied to their fields, a honeypot hidden from
/// people and assistive technology. All text is HTML-encoded (every script stays readable in the source).
/// </summary>
public static class FormPage
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly Dictionary<string, string> Autocomplete = new(StringComparer.Ordinal)
    {
        ["email"] = "email", ["phone"] = "tel", ["firstName"] = "given-name", ["lastName"] = "family-name",
        ["company"] = "organization", ["title"] = "organization-title", ["website"] = "url",
        ["country"] = "country-name", ["region"] = "address-level1", ["city"] = "address-level2",
    };

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI","Hiragino Sans","Noto Sans JP","Malgun Gothic",sans-serif;margin:0;padding:1rem;color:#1a1a1a;background:#fff;line-height:1.5}
        main{max-width:40rem;margin:0 auto}h1{font-size:1.4rem}
        .field{margin:0 0 1rem;border:0;padding:0}label,legend{display:block;font-weight:600;margin-bottom:.25rem}
        .choice{font-weight:400}input,select,textarea{font:inherit;width:100%;box-sizing:border-box;padding:.5rem;border:1px solid #767676;border-radius:4px}
        input[type=checkbox]{width:auto;margin-right:.4rem}.req{font-size:.8em;font-weight:400;color:#a0001c;margin-left:.4em}
        .error{color:#a0001c;margin:.25rem 0 0}[aria-invalid=true]{border:2px solid #a0001c}
        .summary{border:2px solid #a0001c;padding:.5rem 1rem;margin-bottom:1rem}
        button{font:inherit;padding:.6rem 1.5rem;border:0;border-radius:4px;background:#0b57d0;color:#fff;cursor:pointer}
        :focus-visible{outline:3px solid #e8a400;outline-offset:1px}
        .hp{position:absolute;left:-10000px;top:auto;width:1px;height:1px;overflow:hidden}
        """;

    /// <summary>The form, with the values sent and the errors found when it is shown again after a failed submission.</summary>
    public static string Render(Form form, FormInput values, IReadOnlyDictionary<string, string> errors)
    {
        var texts = FormTexts.For(form.Language);
        var body = new StringBuilder();
        body.Append("<h1>").Append(E(Title(form))).Append("</h1>\n");
        if (errors.Count > 0) Summary(body, form, errors, texts);
        body.Append($"<form method=\"post\" action=\"/f/{E(Uri.EscapeDataString(form.Id))}\" accept-charset=\"UTF-8\">\n");
        for (var i = 0; i < form.Fields.Count; i++)
        {
            var field = form.Fields[i];
            var error = errors.GetValueOrDefault(field.Key);
            if (field.Type == FormFieldTypes.MultiSelect) Choices(body, field, i, values, error, texts);
            else Single(body, field, i, values, error, texts);
        }
        if (form.Honeypot is { } honeypot)
            body.Append($"<div class=\"hp\" aria-hidden=\"true\"><label for=\"hp\">Leave this field empty</label>"
                + $"<input id=\"hp\" name=\"{E(honeypot)}\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\" value=\"\"></div>\n");
        body.Append("<button type=\"submit\">").Append(E(texts.Submit)).Append("</button>\n</form>\n");
        var title = errors.Count > 0 ? $"{texts.Summary} – {Title(form)}" : Title(form);
        return Document(form.Language, title, body.ToString());
    }

    public static string ThankYou(Form form) =>
        Document(form.Language, Title(form),
            $"<h1>{E(Title(form))}</h1>\n<p role=\"status\">{E(form.ThankYou ?? FormTexts.For(form.Language).ThankYou)}</p>\n");

    /// <summary>A short page with one message (unknown form, too many submissions).</summary>
    public static string Message(string language, string message) =>
        Document(language, message, $"<p role=\"alert\">{E(message)}</p>\n");

    private static void Summary(StringBuilder body, Form form, IReadOnlyDictionary<string, string> errors, FormTexts texts)
    {
        body.Append("<div class=\"summary\" role=\"alert\"><p>").Append(E(texts.Summary)).Append("</p><ul>\n");
        for (var i = 0; i < form.Fields.Count; i++)
            if (errors.TryGetValue(form.Fields[i].Key, out var error))
                body.Append($"<li><a href=\"#f{i}\">{E(form.Fields[i].Label)}: {E(error)}</a></li>\n");
        body.Append("</ul></div>\n");
    }

    private static void Single(StringBuilder body, FormField field, int i, FormInput values, string? error, FormTexts texts)
    {
        var id = $"f{i}";
        var value = values.Texts(field.Key).FirstOrDefault() ?? "";
        body.Append($"<div class=\"field\">\n<label for=\"{id}\">{E(field.Label)}{Mark(field, texts)}</label>\n");
        var common = $"id=\"{id}\" name=\"{E(field.Key)}\"{(field.Required ? " required" : "")}{Invalid(id, error)}";
        switch (field.Type)
        {
            case FormFieldTypes.Textarea:
                body.Append($"<textarea {common} rows=\"6\" maxlength=\"{FormCheck.MaxTextarea}\">{E(value)}</textarea>\n");
                break;
            case FormFieldTypes.Select:
                body.Append($"<select {common}>\n<option value=\"\">{E(texts.Choose)}</option>\n");
                foreach (var option in field.Options ?? [])
                    body.Append($"<option value=\"{E(option)}\"{(option == value ? " selected" : "")}>{E(option)}</option>\n");
                body.Append("</select>\n");
                break;
            default:
                var (type, extra) = field.Type switch
                {
                    FormFieldTypes.Email => ("email", ""),
                    FormFieldTypes.Tel => ("tel", ""),
                    FormFieldTypes.Number => ("text", " inputmode=\"decimal\""),
                    _ => ("text", ""),
                };
                if (Autocomplete.TryGetValue(field.Target, out var hint)) extra += $" autocomplete=\"{hint}\"";
                body.Append($"<input {common} type=\"{type}\"{extra} maxlength=\"{FormCheck.MaxText}\" value=\"{E(value)}\">\n");
                break;
        }
        Error(body, id, error);
        body.Append("</div>\n");
    }

    private static void Choices(StringBuilder body, FormField field, int i, FormInput values, string? error, FormTexts texts)
    {
        var id = $"f{i}";
        var chosen = values.Texts(field.Key);
        body.Append($"<fieldset class=\"field\" id=\"{id}\"{(error is null ? "" : $" aria-describedby=\"{id}-error\"")}>\n");
        body.Append($"<legend>{E(field.Label)}{Mark(field, texts)}</legend>\n");
        var options = field.Options ?? [];
        for (var o = 0; o < options.Count; o++)
            body.Append($"<label class=\"choice\" for=\"{id}-{o}\"><input id=\"{id}-{o}\" type=\"checkbox\" name=\"{E(field.Key)}\" value=\"{E(options[o])}\""
                + $"{(chosen.Contains(options[o]) ? " checked" : "")}>{E(options[o])}</label>\n");
        Error(body, id, error);
        body.Append("</fieldset>\n");
    }

    private static string Mark(FormField field, FormTexts texts) =>
        field.Required ? $" <span class=\"req\">{E(texts.RequiredMark)}</span>" : "";

    private static string Invalid(string id, string? error) =>
        error is null ? "" : $" aria-invalid=\"true\" aria-describedby=\"{id}-error\"";

    private static void Error(StringBuilder body, string id, string? error)
    {
        if (error is not null) body.Append($"<p class=\"error\" id=\"{id}-error\">{E(error)}</p>\n");
    }

    private static string Title(Form form) => string.IsNullOrWhiteSpace(form.Name) ? form.Id : form.Name;

    private static string Document(string language, string title, string body) => $"""
        <!DOCTYPE html>
        <html lang="{E(language)}">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)}</title>
        <style>{Style}</style>
        </head>
        <body>
        <main>
        {body}</main>
        </body>
        </html>

        """;

    private static string E(string text) => Html.Encode(text);
}
