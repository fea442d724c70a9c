using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.WebUtilities;
using NodaTime;
using Switchboard.Application.Leads;
using Switchboard.Server.Apis.Leads;
using Switchboard.Web.Pages.Leads;

namespace Switchboard.Web.Tests;

public sealed class LeadsGridAddressTests
{
    private static readonly DateTimeZone Seoul = DateTimeZoneProviders.Tzdb["Asia/Seoul"];

    [Fact]
    public void a_view_read_back_from_its_address_is_the_same_view()
    {
        var view = new LeadGridView(new LeadFilter
        {
            Owner = "sato", Status = "assigned", Stage = "Working", Grade = "A", MinScore = "40", Source = "展示会 2026", Q = "佐藤 & co",
            CreatedFrom = "2026-12-01T00:00:00+09:00", CreatedTo = "2026-12-06T00:00:00+09:00", Sort = "score",
        }, Cursor: "eyJzIjo0MH0=");

        Assert.Equal(view, LeadGridView.Parse("https://switchboard.example" + view.Address()));
    }

    [Fact]
    public void the_api_reads_every_filter_of_the_address_under_the_same_name()
    {
        var view = new LeadGridView(new LeadFilter
        {
            Owner = "sato", Status = "assigned", Stage = "Working", Grade = "A", MinScore = "40", Source = "fair", Q = "佐藤",
            CreatedFrom = "2026-12-01T00:00:00+09:00", CreatedTo = "2026-12-06T00:00:00+09:00", Sort = "score",
        });
        var written = QueryHelpers.ParseQuery(view.CsvAddress[view.CsvAddress.IndexOf('?')..]);
        var read = typeof(LeadListQuery).GetConstructors().Single().GetParameters();
        var names = read.Select(parameter => parameter.GetCustomAttribute<FromQueryAttribute>()!.Name!).ToList();

        Assert.Equal(written.Keys.Order(), names.Order());
        var api = (LeadListQuery)Activator.CreateInstance(typeof(LeadListQuery), [.. names.Select(name => (object?)written[name].ToString())])!;
        Assert.Equal(view.Filter, api.Filter);
    }

    [Fact]
    public void an_unfiltered_first_page_has_a_bare_address()
    {
        Assert.Equal("/leads", new LeadGridView(new LeadFilter()).Address());
        Assert.Equal(new LeadGridView(new LeadFilter()), LeadGridView.Parse("/leads?owner=&status="));
    }

    [Fact]
    public void the_csv_link_carries_the_filter_but_not_the_cursor()
    {
        var view = new LeadGridView(new LeadFilter { Owner = "kim", Status = "assigned" }, Cursor: "abc");
        Assert.Equal("/api/leads/export.csv?owner=kim&status=assigned", view.CsvAddress);
    }

    [Fact]
    public void picked_days_are_whole_days_in_the_viewers_zone()
    {
        var day = new LocalDate(2026, 12, 5);
        Assert.Equal("2026-12-05T00:00:00+09:00", LeadGridView.StartOf(day, Seoul));
        Assert.Equal("2026-12-06T00:00:00+09:00", LeadGridView.EndOf(day, Seoul));
        Assert.Equal(day, LeadGridView.DayStarting(LeadGridView.StartOf(day, Seoul), Seoul));
        Assert.Equal(day, LeadGridView.DayEnding(LeadGridView.EndOf(day, Seoul), Seoul));
    }
}
