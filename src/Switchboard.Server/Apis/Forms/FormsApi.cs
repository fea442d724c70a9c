using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http.HttpResults;
using Switchboard.Engine.Model;
using Switchboard.Engine.Validation;
using Switchboard.Server.Apis.Config;
using Switchboard.Server.Apis.Leads;
using Switchboard.Server.Hosting;
using Switchboard.Engine.Intake;
using Switchboard.Application;
using Switchboard.Server.Http;
using Switchboard.Application.Routing;


namespace Switchboard.Server.Apis.Forms;

/// <summary>
/// Web forms: the "forms" configuration section (/api/forms, answers with an embed snippet and stats) and
/// the public pages: GET /f/{formId} shows the form, POST /f/{formId} takes a submission (form-encoded or
/// JSON, no key needed) and creates the lead through the normal intake, firing lead.created and form.submitted.
/// </summary>
public static class FormsApi
{
    public static readonly ConfigSection<Form> Forms =
        new("forms", c => c.Forms, (c, l) => c with { Forms = l }, f => f.Id, (f, id) => f with { Id = id });

    /// <summary>Largest submission body (a long textarea in a multi-byte script, percent-encoded, fits).</summary>
    public const long MaxSubmission = 256 * 1024;

    private static readonly Dictionary<string, string> NoErrors = [];

    public static IEndpointRouteBuilder MapFormsApi(this IEndpointRouteBuilder app)
    {
        app.MapConfigSection(Forms).AddEndpointFilter(WithEmbed)
            .WithDescription("Each form in an answer also carries embed (its public url and an iframe snippet) and stats (submissions since the server started).");
        var pages = app.MapGroup("/f").WithTags("Public forms").AllowAnonymous().RequireCors(FormServices.CorsPolicy)
            .AddEndpointFilter(async (context, next) =>
            {
                FormAnswers.PublicHeaders(context.HttpContext.Response);
                return await next(context);
            });
        pages.MapGet("/{formId}", ShowForm).Produces<string>(StatusCodes.Status200OK, "text/html").Produces<string>(StatusCodes.Status404NotFound, "text/html")
            .WithSummary("The form as an HTML page, to link to or embed in an iframe");
        pages.MapPost("/{formId}", Submit).RequireRateLimiting(FormServices.RateLimitPolicy).WithRequestSizeLimit(MaxSubmission)
            .Accepts<Dictionary<string, string>>("application/x-www-form-urlencoded", "multipart/form-data", "application/json")
            .Produces<string>(StatusCodes.Status200OK, "text/html").Produces(StatusCodes.Status303SeeOther)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithSummary("Submit the form: creates the lead (JSON answers for JSON bodies, else the thank-you page or a 303 to the form's redirect)");
        return app;
    }

    public static async Task<ContentHttpResult> ShowForm(string formId, ConfigService configs)
    {
        if (await FindAsync(configs, formId) is not { } form) return FormAnswers.Page(FormPage.Message("en", FormTexts.For("en").NotFound), StatusCodes.Status404NotFound);
        return FormAnswers.Page(FormPage.Render(form, FormInput.Empty, NoErrors));
    }

    public static async Task<FormAnswer> Submit(string formId, HttpRequest request, ConfigService configs, LeadService leads, FormStats stats)
    {
        var json = FormAnswers.AnswersJson(request);
        if (await FindAsync(configs, formId) is not { } form)
            return json ? Problems.NotFound($"form '{formId}' not found") : FormAnswers.Page(FormPage.Message("en", FormTexts.For("en").NotFound), StatusCodes.Status404NotFound);
        var (input, problem) = await ReadAsync(request);
        if (problem is not null) return problem;

        if (form.Honeypot is { } honeypot && input!.Filled(honeypot).Count > 0)
        {
            // A bot: answer exactly as for a person, create nothing.
            stats.HoneypotDropped(form.Id);
            return FormAnswers.Accepted(form, LeadService.NewLeadId(), json, request.HttpContext.Response);
        }
        var errors = FormCheck.Check(form, input!, FormTexts.For(form.Language), out var body);
        var data = new JsonObject();
        if (errors.Count == 0)
            foreach (var error in LeadInput.ValidateCreate(body, out _, out data))
                errors.TryAdd(form.Fields.FirstOrDefault(f => f.Target == error.Path)?.Key ?? error.Path, error.Message);
        if (errors.Count > 0)
        {
            stats.Invalid(form.Id);
            return json
                ? Problems.Invalid(errors.Select(e => new ValidationError(e.Key, e.Value)), "The form submission is invalid.")
                : FormAnswers.Page(FormPage.Render(form, input!, errors), StatusCodes.Status400BadRequest);
        }

        var outcome = await leads.CreateAsync(new Submission(data, null, null), form.Id);
        stats.Submitted(form.Id);
        return FormAnswers.Accepted(form, outcome.Lead!.Id, json, request.HttpContext.Response);
    }

    private static async Task<(FormInput? Input, FormAnswer? Problem)> ReadAsync(HttpRequest request)
    {
        if (request.HasJsonContentType())
        {
            var body = await JsonBody.ReadObjectAsync(request);
            return body.Problem is not null ? (null, body.Problem) : (FormInput.FromJson(body.Value!), null);
        }
        if (!request.HasFormContentType)
            return (null, TypedResults.Problem("send application/x-www-form-urlencoded, multipart/form-data or application/json",
                statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Unsupported media type"));
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (Exception error) when (error is InvalidDataException or IOException && !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            return (null, Problems.Invalid("$", "is not well-formed form data (truncated or malformed multipart or url-encoded body)", "The form data could not be read."));
        }
        return TextRules.FindInvalid(form, TextRules.MaxValue) is { } bad
            ? (null, Problems.Invalid(bad.Path, bad.Message, "The form data could not be read."))
            : (FormInput.FromForm(form), null);
    }

    private static async Task<Form?> FindAsync(ConfigService configs, string formId) =>
        Forms.Find((await configs.CurrentAsync()).Source, formId);

    /// <summary>/api/forms answers carry each form's embed snippet and stats.</summary>
    private static async ValueTask<object?> WithEmbed(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var request = context.HttpContext.Request;
        return (result is INestedHttpResult nested ? nested.Result : result) switch
        {
            Created<Form> created => TypedResults.Created(created.Location, FormAnswers.View(created.Value!, request)),
            Ok<Form> ok => TypedResults.Ok(FormAnswers.View(ok.Value!, request)),
            Ok<List<Form>> list => TypedResults.Ok(new JsonArray([.. list.Value!.Select(f => (JsonNode)FormAnswers.View(f, request))])),
            _ => result,
        };
    }
}
