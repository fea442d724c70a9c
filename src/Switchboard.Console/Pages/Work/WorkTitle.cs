namespace Switchboard.Web.Pages.Work;

/// <summary>The workspace's tab title, counting the leads that arrived since the rep last looked: "(2) My work · Switchboard".</summary>
public static class WorkTitle
{
    public static string Of(int fresh, string page) => fresh > 0 ? $"({fresh}) {page} · Switchboard" : $"{page} · Switchboard";
}
