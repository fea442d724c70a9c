namespace Switchboard.Web.Layout;

/// <summary>The sign-in page's address that brings a person back to where they were going.</summary>
public static class SignInAddress
{
    public static string For(string baseRelativePath) =>
        baseRelativePath is "" ? "/signin" : "/signin?returnUrl=" + Uri.EscapeDataString("/" + baseRelativePath);
}
