using System.Globalization;
using Switchboard.Web.Pages.Account;

namespace Switchboard.Web.Tests;

public sealed class AccountPagesTests : ComponentTest
{
    [Theory]
    [InlineData("invalid", "The email or password is not correct.")]
    [InlineData("locked", "Too many failed attempts. Try again in a few minutes.")]
    [InlineData("expired", "This link has expired. Ask for a new one.")]
    [InlineData("used", "This link has already been used.")]
    [InlineData("weak", "This password is too short: use at least 10 characters.")]
    [InlineData("email", "Enter an email address such as kim@example.com.")]
    [InlineData("mismatch", "The two passwords do not match.")]
    public void an_error_code_in_the_address_is_explained_in_words(string code, string words)
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        Assert.Equal(words, Render<AccountError>(p => p.Add(e => e.Code, code)).Find("[role=alert]").TextContent);
    }

    [Fact]
    public void an_error_code_is_explained_in_the_viewers_language()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ko");
        Assert.Equal("두 비밀번호가 일치하지 않습니다.", Render<AccountError>(p => p.Add(e => e.Code, "mismatch")).Find("[role=alert]").TextContent);
    }

    [Fact]
    public void an_error_code_nobody_sends_is_not_shown_back()
    {
        Assert.Empty(Render<AccountError>(p => p.Add(e => e.Code, "<b>you were hacked</b>")).Markup.Trim());
    }

    [Fact]
    public void a_password_page_opened_without_its_link_says_so_instead_of_showing_a_form()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        var page = Render<PasswordForm>(p => p.Add(f => f.TitleKey, "PasswordTitle").Add(f => f.IntroKey, "PasswordIntro"));
        Assert.Empty(page.FindAll("form"));
        Assert.Contains("needs the link from your email", page.Find("[role=alert]").TextContent);
    }
}
