namespace Switchboard.Web.Resources;

/// <summary>The Users page's and the person's own settings' words, one .resx per language beside this file.</summary>
public sealed class UsersText;
