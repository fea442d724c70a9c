using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Switchboard.Application;
using Switchboard.Application.Routing;
using Switchboard.Engine.Model;
using Switchboard.Web.Resources;

namespace Switchboard.Web.Pages.Leads.Actions;

/// <summary>
/// An action on a lead, run through <see cref="LeadService"/> as the API runs it, by the signed-in person; what the
/// service refuses is shown at the action's field in the viewer's language, and <see cref="Done"/> tells the page to re-read.
/// </summary>
public abstract class LeadAction : ComponentBase
{
    [Parameter, EditorRequired] public Lead Lead { get; set; } = null!;
    [Parameter] public EventCallback Done { get; set; }
    [CascadingParameter] private Task<AuthenticationState> AuthenticationState { get; set; } = null!;
    [Inject] protected LeadService Leads { get; set; } = null!;
    [Inject] private IStringLocalizer<LeadsText> Texts { get; set; } = null!;

    /// <summary>The refusal of the last attempt, in the viewer's language (null: none).</summary>
    protected string? Error { get; set; }
    protected bool Busy { get; private set; }

    protected async Task<Caller> CallerAsync() => Caller.Of((await AuthenticationState).User);

    /// <summary>Runs the change; on success the page re-reads the lead, else the refusal is shown.</summary>
    protected async Task RunAsync(Func<Caller, Task<LeadOutcome>> change)
    {
        Busy = true;
        try
        {
            var outcome = await change(await CallerAsync());
            Error = ActionErrors.Text(outcome, Texts);
            if (Error is null) await Done.InvokeAsync();
        }
        finally
        {
            Busy = false;
        }
    }
}
