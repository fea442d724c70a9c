namespace Switchboard.Web.Resources;

/// <summary>The texts of the rep's workspace.</summary>
public sealed class WorkText;
