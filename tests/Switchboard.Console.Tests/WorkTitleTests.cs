using Switchboard.Web.Pages.Work;

namespace Switchboard.Web.Tests;

/// <summary>The workspace's tab title counts the leads that arrived since the rep last looked.</summary>
public sealed class WorkTitleTests
{
    [Fact]
    public void the_title_counts_new_leads() => Assert.Equal("(2) My work · Switchboard", WorkTitle.Of(2, "My work"));

    [Fact]
    public void without_new_leads_the_title_has_no_count() => Assert.Equal("내 업무 · Switchboard", WorkTitle.Of(0, "내 업무"));

    [Fact]
    public void the_leads_shown_first_are_not_new()
    {
        var fresh = new FreshLeads();
        fresh.Update(["ld_1", "ld_2"]);
        Assert.Equal(0, fresh.Count);
    }

    [Fact]
    public void a_lead_that_appears_later_is_new_until_the_rep_looks()
    {
        var fresh = new FreshLeads();
        fresh.Update(["ld_1"]);
        fresh.Update(["ld_2", "ld_1"]);
        fresh.Update(["ld_3", "ld_2", "ld_1"]);
        Assert.Equal(2, fresh.Count);
        Assert.True(fresh.IsFresh("ld_3"));
        Assert.True(fresh.Acknowledge());
        Assert.Equal(0, fresh.Count);
    }

    [Fact]
    public void a_new_lead_that_leaves_before_the_rep_looked_stops_counting()
    {
        var fresh = new FreshLeads();
        fresh.Update([]);
        fresh.Update(["ld_1"]);
        fresh.Update([]);
        Assert.Equal(0, fresh.Count);
    }
}
