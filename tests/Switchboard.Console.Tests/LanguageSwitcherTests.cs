using System.Globalization;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Switchboard.Web.Layout;

namespace Switchboard.Web.Tests;

public sealed class LanguageSwitcherTests : ComponentTest
{
    [Fact]
    public void the_language_in_use_is_shown_as_pressed()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ko");
        var pressed = Render<LanguageSwitcher>().FindAll("button[aria-pressed=true]");
        Assert.Equal("ko", Assert.Single(pressed).GetAttribute("value"));
    }

    [Fact]
    public void switching_brings_the_person_back_to_the_page_they_were_on()
    {
        var switcher = Render<LanguageSwitcher>();
        Services.GetRequiredService<NavigationManager>().NavigateTo("/leads?owner=rep-1");
        Assert.Equal("/leads?owner=rep-1", switcher.Find("input[name=returnUrl]").GetAttribute("value"));
    }

    [Fact]
    public void every_language_is_offered_in_its_own_name_and_script()
    {
        var buttons = Render<LanguageSwitcher>().FindAll("button");
        Assert.Equal(["English", "한국어", "日本語", "Deutsch"], buttons.Select(button => button.TextContent));
        Assert.Equal(["en", "ko", "ja", "de"], buttons.Select(button => button.GetAttribute("lang")));
    }

    /// <summary>A language the switcher offers is one a person may be given (the service checks its own list), and no other.</summary>
    [Fact]
    public void the_switcher_offers_exactly_the_languages_a_person_may_be_given()
    {
        Assert.Equal(Switchboard.Application.People.UserLanguages.All, Localization.Languages.All.Select(language => language.Code));
    }
}
