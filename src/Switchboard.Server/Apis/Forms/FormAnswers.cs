// What a form post answers; the form endpoints and their answers share it.
global using FormAnswer = Microsoft.AspNetCore.Http.HttpResults.Results<
    Microsoft.AspNetCore.Http.HttpResults.Created<Switchboard.Server.Apis.Forms.FormReceipt>,
    Microsoft.AspNetCore.Http.HttpResults.ContentHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.StatusCodeHttpResult,
    Microsoft.AspNetCore.Http.HttpResults.ValidationProblem,
    Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>;

using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;
using Switchboard.Server.Hosting;
using Switchboard.Application;
using Switchboard.Application.Routing;


namespace Switchboard.Server.Apis.Forms;

/// <summary>The answers of the public form endpoints (HTML pages or JSON) and the form's view in /api/forms.</summary>
public static class FormAnswers
{
    private static readonly HtmlEncoder Html = HtmlEncoder.Create(UnicodeRanges.All);

    /// <summary>Anything may frame the page (frame-ancestors *); it loads nothing but its own inline style.</summary>
    public static void PublicHeaders(HttpResponse response)
    {
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; frame-ancestors *";
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.CacheControl = "no-store";
    }

    /// <summary>JSON for JSON bodies and for clients that accept JSON but not HTML; HTML pages otherwise.</summary>
    public static bool AnswersJson(HttpRequest request)
    {
        if (request.HasJsonContentType()) return true;
        var accept = request.Headers.Accept.ToString();
        return accept.Contains("json", StringComparison.OrdinalIgnoreCase) && !accept.Contains("text/html", StringComparison.OrdinalIgnoreCase);
    }

    public static ContentHttpResult Page(string html, int status = StatusCodes.Status200OK) =>
        TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    /// <summary>What a submission that was accepted gets: 201 JSON, a 303 to the form's redirect, or the thank-you page.</summary>
    public static FormAnswer Accepted(Form form, string leadId, bool json, HttpResponse response)
    {
        if (json) return TypedResults.Created((string?)null, new FormReceipt(leadId, form.Id, form.ThankYou ?? FormTexts.For(form.Language).ThankYou, form.Redirect));
        if (form.Redirect is null) return Page(FormPage.ThankYou(form));
        response.Headers.Location = form.Redirect;
        return TypedResults.StatusCode(StatusCodes.Status303SeeOther);
    }

    /// <summary>The rate limiter's 429: Retry-After, and a message in the form's language.</summary>
    public static async ValueTask TooManyAsync(OnRejectedContext context, CancellationToken ct)
    {
        var http = context.HttpContext;
        if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
            http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString();
        var configs = http.RequestServices.GetRequiredService<ConfigService>();
        var language = http.GetRouteValue("formId") is string id
            ? (await configs.CurrentAsync(ct)).Source.Forms.FirstOrDefault(f => f.Id == id)?.Language ?? "en"
            : "en";
        var texts = FormTexts.For(language);
        PublicHeaders(http.Response);
        IResult answer = AnswersJson(http.Request)
            ? TypedResults.Problem(texts.TooMany, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many submissions")
            : Page(FormPage.Message(language, texts.TooMany), StatusCodes.Status429TooManyRequests);
        await answer.ExecuteAsync(http);
    }

    /// <summary>A form as /api/forms shows it: the stored form plus "embed" (url and iframe snippet) and "stats".</summary>
    public static JsonObject View(Form form, HttpRequest request)
    {
        var services = request.HttpContext.RequestServices;
        var configured = services.GetRequiredService<SwitchboardOptions>().PublicUrl;
        var origin = configured is { Length: > 0 } ? configured.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";
        var url = $"{origin}/f/{Uri.EscapeDataString(form.Id)}";
        var title = string.IsNullOrWhiteSpace(form.Name) ? form.Id : form.Name;
        var view = JsonSerializer.SerializeToNode(form, EngineJson.Options)!.AsObject();
        view["embed"] = new JsonObject
        {
            ["url"] = url,
            ["iframe"] = $"<iframe src=\"{Html.Encode(url)}\" title=\"{Html.Encode(title)}\" loading=\"lazy\" style=\"width:100%;min-height:640px;border:0\"></iframe>",
        };
        view["stats"] = services.GetRequiredService<FormStats>().Read(form.Id);
        return view;
    }
}

/// <summary>The JSON answer to an accepted submission: the new lead's id, and what to tell the visitor (and where to send them).</summary>
public sealed record FormReceipt(string LeadId, string FormId, string Message, string? Redirect);
