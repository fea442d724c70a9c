namespace Switchboard.Web.Resources;

/// <summary>The words of the Queues page, one .resx per language beside this file.</summary>
public sealed class QueuesText;
