namespace Switchboard.Web.Resources;

/// <summary>The console's words, one .resx per language beside this file (English is the neutral one).</summary>
public sealed class ConsoleText;
