namespace Switchboard.Web.Resources;

/// <summary>The words of the home dashboard, one .resx per language beside this file.</summary>
public sealed class HomeText;
