using Switchboard.Application.Routing;
using Switchboard.Web.Pages.Leads.Actions;

namespace Switchboard.Web.Tests;

/// <summary>A refused lead action, on the lead page and on a workspace card alike: at the field the service named, else for the lead.</summary>
public sealed class LeadsActionErrorsTests
{
    [Fact]
    public void a_refusal_naming_a_field_is_shown_at_that_field() =>
        Assert.Equal(("amount", "ErrorAmount"), ActionErrors.Of(LeadOutcome.Invalid("amount", "must be 0 or more")));

    [Fact]
    public void a_closed_lead_or_a_conflict_is_a_refusal_of_the_whole_lead()
    {
        Assert.Equal((null, "ErrorClosedLead"), ActionErrors.Of(LeadOutcome.Invalid("status", "lead is converted")));
        Assert.Equal((null, "ErrorRefused"), ActionErrors.Of(LeadOutcome.Conflict(null, "only open leads can be rejected")));
    }

    [Fact]
    public void a_lead_the_caller_may_not_act_on_reads_as_not_its_own_or_not_found()
    {
        Assert.Equal((null, "ErrorNotYours"), ActionErrors.Of(LeadOutcome.Forbidden("only the owner may reject it")));
        Assert.Equal((null, "LeadNotFound"), ActionErrors.Of(LeadOutcome.NotFound("lead 'ld_1' not found")));
    }

    [Fact]
    public void a_done_action_is_no_refusal() => Assert.Null(ActionErrors.Of(LeadOutcome.Updated(null, [])));
}
