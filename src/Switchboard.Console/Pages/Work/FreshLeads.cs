namespace Switchboard.Web.Pages.Work;

/// <summary>
/// Which of the rep's leads arrived since it last looked: none of those shown first, then each lead that appears
/// later, until the rep looks (<see cref="Acknowledge"/>). A fresh lead that leaves the list stops counting.
/// </summary>
public sealed class FreshLeads
{
    private HashSet<string>? _known;
    private readonly HashSet<string> _fresh = [];

    public int Count => _fresh.Count;

    public bool IsFresh(string leadId) => _fresh.Contains(leadId);

    public void Update(IEnumerable<string> leadIds)
    {
        var shown = leadIds.ToHashSet();
        if (_known is null)
        {
            _known = shown;
            return;
        }
        foreach (var id in shown.Where(_known.Add)) _fresh.Add(id);
        _fresh.IntersectWith(shown);
    }

    /// <summary>The rep looked: nothing is fresh any more. True when something was.</summary>
    public bool Acknowledge()
    {
        if (_fresh.Count == 0) return false;
        _fresh.Clear();
        return true;
    }
}
