using System.Globalization;
using Switchboard.Engine.Model;
using Switchboard.Engine.Scoring;

namespace Switchboard.Engine.Workflows;

/// <summary>
/// Recomputes a lead's score and grade inside an evaluation, before its workflows run (so conditions see the
/// new values), and fires score.crossed after them when the score went up.
/// <para>The engagement part is recomputed from <c>events</c> (all the lead's events) when given; without them it
/// keeps the part computed last time (<see cref="Lead.Engagement"/>), so a caller that has not read the events
/// never loses event points — only their decay since then is not applied.</para>
/// </summary>
internal static class Rescoring
{
    /// <summary>Null when the configuration has no scoring.</summary>
    public static ScoreChange? Rescore(Evaluation ev, IReadOnlyList<LeadEvent>? events, out string explanation)
    {
        explanation = "";
        if (ev.Config.Scoring is not { } scoring) return null;
        var lead = ev.Lead;
        var matched = new List<int>();
        var fit = scoring.Fit(ev.Facts, matched);
        if (events is not null) lead.Engagement = scoring.Engagement(events, ev.Now);
        var score = CompiledScoring.Total(fit, lead.Engagement);
        var change = new ScoreChange(lead.Score, lead.Grade ?? scoring.GradeOf(lead.Score), score, scoring.GradeOf(score));
        lead.Score = change.ToScore;
        lead.Grade = change.ToGrade;
        ev.Facts.Refresh(lead, "score");
        if (!change.Changed) return change;
        explanation = $"score {change.FromScore} → {change.ToScore} ({change.FromGrade} → {change.ToGrade}): fit {fit}"
            + (matched.Count > 0 ? $" (rules {string.Join(", ", matched.Select(i => $"fit[{i}]"))})" : "")
            + $" + engagement {lead.Engagement.ToString("0.##", CultureInfo.InvariantCulture)}";
        return change;
    }

    /// <summary>Runs the score.crossed workflows when the score or the grade went up (never on the way down).</summary>
    public static void FireCrossed(Evaluation ev, ScoreChange? change)
    {
        if (change is null || ev.Config.Scoring is not { } scoring) return;
        var rose = change.ToScore > change.FromScore || scoring.Rank(change.ToGrade) > scoring.Rank(change.FromGrade);
        if (!rose || ev.Config.For(Triggers.ScoreCrossed).Count == 0) return;
        WorkflowRun.All(ev.Then(new TriggerEvent(Triggers.ScoreCrossed) { Score = change }));
    }
}
