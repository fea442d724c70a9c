using NodaTime;
using Switchboard.Engine.Conditions;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Scoring;

/// <summary>
/// A validated <see cref="ScoringModel"/> compiled once per configuration version: fit conditions as delegates,
/// event points by type, the half-life, grades from the highest minimum down.
/// </summary>
public sealed class CompiledScoring
{
    private readonly (CompiledCondition When, int Points)[] _fit;
    private readonly Dictionary<string, EventPoints> _events;
    private readonly Duration? _halfLife;
    private readonly GradeBand[] _grades;

    private CompiledScoring(ScoringModel model, FieldTable fields)
    {
        _fit = [.. model.Fit.Select(rule => (ConditionCompiler.Compile(rule.When, fields), rule.Points))];
        _events = new Dictionary<string, EventPoints>(model.Events, StringComparer.Ordinal);
        _halfLife = model.HalfLife is { } halfLife ? IsoDuration.Parse(halfLife) : null;
        _grades = [.. (model.Grades is { Count: > 0 } grades ? grades : ScoringModel.DefaultGrades()).OrderByDescending(g => g.Min)];
    }

    /// <summary>Null when the configuration has no scoring section.</summary>
    internal static CompiledScoring? Compile(ScoringModel? model, FieldTable fields) => model is null ? null : new CompiledScoring(model, fields);

    /// <summary>True when some event type scores points (recomputing the engagement part needs the lead's events).</summary>
    public bool ScoresEvents => _events.Count > 0;

    /// <summary>The points of the fit rules the lead matches; <paramref name="matched"/> gets their indexes.</summary>
    internal int Fit(LeadFacts facts, List<int>? matched = null)
    {
        var points = 0;
        for (var i = 0; i < _fit.Length; i++)
        {
            if (!_fit[i].When(facts)) continue;
            points += _fit[i].Points;
            matched?.Add(i);
        }
        return points;
    }

    /// <summary>
    /// The event part: per type, the sum of its events' points, each halved per half-life of its age at
    /// <paramref name="now"/> (future events count in full), capped at the type's max.
    /// </summary>
    internal double Engagement(IEnumerable<LeadEvent> events, Instant now)
    {
        var totals = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var engagement in events)
        {
            if (!_events.TryGetValue(engagement.Type, out var points)) continue;
            totals[engagement.Type] = totals.GetValueOrDefault(engagement.Type) + points.Points * Decay(now - engagement.At);
        }
        var sum = 0.0;
        foreach (var (type, total) in totals)
            sum += _events[type].Max is { } max ? Math.Min(max, total) : total;
        return sum;
    }

    /// <summary>Fit plus engagement, rounded half away from zero.</summary>
    internal static int Total(int fit, double engagement) => (int)Math.Round(fit + engagement, MidpointRounding.AwayFromZero);

    /// <summary>The grade with the highest minimum the score reaches; below every minimum, the lowest grade.</summary>
    internal string GradeOf(int score)
    {
        foreach (var grade in _grades)
            if (score >= grade.Min) return grade.Name;
        return _grades[^1].Name;
    }

    /// <summary>0 for the lowest grade, counting up; -1 for a name this model does not have.</summary>
    internal int Rank(string? grade)
    {
        for (var i = 0; i < _grades.Length; i++)
            if (_grades[i].Name == grade) return _grades.Length - 1 - i;
        return -1;
    }

    private double Decay(Duration age)
    {
        if (_halfLife is not { } halfLife || age <= Duration.Zero) return 1;
        return Math.Pow(0.5, age.TotalTicks / halfLife.TotalTicks);
    }
}
