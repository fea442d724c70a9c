namespace Switchboard.Web.Tests.Browser;

/// <summary>A test in a real browser: skipped, with the reason, when Debian's Chromium is not installed.</summary>
public sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        if (!ConsoleBrowser.ChromiumInstalled) Skip = ConsoleBrowser.MissingChromium;
    }
}

/// <summary>A theory in a real browser, skipped like <see cref="ChromiumFactAttribute"/>.</summary>
public sealed class ChromiumTheoryAttribute : TheoryAttribute
{
    public ChromiumTheoryAttribute()
    {
        if (!ConsoleBrowser.ChromiumInstalled) Skip = ConsoleBrowser.MissingChromium;
    }
}
