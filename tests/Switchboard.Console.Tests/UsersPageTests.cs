using Switchboard.Application.People;
using Switchboard.Engine.Validation;
using Switchboard.Web.Pages.Users;

namespace Switchboard.Web.Tests;

public sealed class UsersPageTests : ComponentTest, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's services only dispose asynchronously.</summary>
    Task IAsyncLifetime.DisposeAsync() => base.DisposeAsync().AsTask();

    [Theory]
    [InlineData("tokyo", "Asia/Tokyo")]
    [InlineData("new york", "America/New_York")]
    [InlineData("EUROPE berlin", "Europe/Berlin")]
    public void a_time_zone_is_found_by_any_words_of_its_name_in_any_case(string typed, string zone)
    {
        Assert.Contains(zone, TimeZones.Matching(typed));
    }

    [Fact]
    public void every_zone_found_holds_every_word_typed()
    {
        Assert.All(TimeZones.Matching("america argentina"), zone => Assert.StartsWith("America/Argentina/", zone));
    }

    [Fact]
    public void nothing_typed_offers_the_first_zones_but_never_more_than_can_be_read()
    {
        Assert.Equal(TimeZones.MaxShown, TimeZones.Matching("").Count);
        Assert.Empty(TimeZones.Matching("Mars Olympus"));
    }

    [Fact]
    public void each_invalid_field_maps_to_its_own_words()
    {
        var change = new UserChange(UserOutcome.Invalid, Errors:
            [new("email", "x"), new("name", "x"), new("repId", "a rep user must name the rep it is"), new("timeZone", "x"), new("language", "x")]);

        Assert.Equal(new Dictionary<string, string>
        {
            ["email"] = "PersonEmailInvalid", ["name"] = "PersonNameInvalid", ["repId"] = "PersonRepNeeded",
            ["timeZone"] = "PersonZoneUnknown", ["language"] = "PersonLanguageInvalid",
        }, PersonErrors.TextKeys(change));
    }

    [Fact]
    public void a_taken_email_and_the_last_admin_are_shown_at_their_fields()
    {
        Assert.Equal("PersonEmailTaken", PersonErrors.TextKeys(UserChange.Taken("kim@example.com"))["email"]);
        Assert.Equal("LastAdminRefused", PersonErrors.TextKeys(new UserChange(UserOutcome.LastAdmin))["role"]);
    }

    [Fact]
    public void the_person_form_shows_a_problem_at_its_field_in_the_viewers_language()
    {
        var viewers = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = System.Globalization.CultureInfo.GetCultureInfo("ja");
        try
        {
            var form = Render<PersonFields>(parameters => parameters
                .Add(p => p.Form, new PersonForm { Role = UserRoles.Rep })
                .Add(p => p.Errors, new Dictionary<string, string> { ["repId"] = "PersonRepNeeded" }));

            Assert.Contains(TextsTests.Entries("ja")["PersonRepNeeded"], form.Find(".person-rep").TextContent);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = viewers;
        }
    }

    [Fact]
    public void a_rep_is_asked_for_only_when_the_role_is_rep()
    {
        var form = Render<PersonFields>(parameters => parameters.Add(p => p.Form, new PersonForm { Role = UserRoles.Manager }));

        Assert.Empty(form.FindAll(".person-rep"));
    }

    [Fact]
    public void a_language_the_service_refused_is_shown_at_the_language_choice()
    {
        var form = Render<PersonFields>(parameters => parameters
            .Add(p => p.Form, new PersonForm())
            .Add(p => p.Errors, new Dictionary<string, string> { ["language"] = "PersonLanguageInvalid" }));

        Assert.Contains(TextsTests.Entries("en")["PersonLanguageInvalid"], form.Find(".person-language [role=alert]").TextContent);
        Assert.Equal(4, form.FindAll(".person-language input[type=radio]").Count);
    }
}
