namespace Switchboard.Web.Resources;

/// <summary>The words of the leads grid, the lead page, its decision trail and its actions (one .resx per language beside it).</summary>
public sealed class LeadsText;
