namespace Switchboard.Web.Resources;

/// <summary>The API keys page's words, one .resx per language beside this file.</summary>
public sealed class KeysText;
