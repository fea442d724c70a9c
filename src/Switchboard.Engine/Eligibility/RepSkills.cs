using Switchboard.Engine.Conditions;
using Switchboard.Engine.Model;

namespace Switchboard.Engine.Eligibility;

/// <summary>A rep's skills in matching form (TextNormalizer), per dimension.</summary>
internal sealed class RepSkills
{
    private readonly Dictionary<string, HashSet<string>> _byDimension;

    private RepSkills(Dictionary<string, HashSet<string>> byDimension) => _byDimension = byDimension;

    /// <summary>A skill dimension resolved to the lead field it reads and the key of the reps' skills it matches.</summary>
    internal sealed class SkillDimension(string name, FieldKey field)
    {
        public FieldKey Field { get; } = field;
        public string SkillKey { get; } = name.StartsWith("fields.", StringComparison.Ordinal) ? name["fields.".Length..] : name;
    }

    /// <summary>A pool's dimension, resolved once when the configuration compiles; its lead field joins the configuration's <paramref name="fields"/>.</summary>
    internal static SkillDimension Dimension(string name, FieldTable fields) => new(name, fields.Key(LeadField(name)));

    /// <summary>The rep's skills in one dimension, in matching form; null when it has none there.</summary>
    internal HashSet<string>? In(SkillDimension dimension) => _byDimension.GetValueOrDefault(dimension.SkillKey);

    public static RepSkills Compile(Rep rep)
    {
        var byDimension = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var (dimension, values) in rep.Skills ?? [])
        {
            if (!byDimension.TryGetValue(dimension, out var set))
                byDimension[dimension] = set = new HashSet<string>(StringComparer.Ordinal);
            foreach (var value in values ?? [])
                if (value is not null) set.Add(TextNormalizer.Normalize(value));
        }
        return new RepSkills(byDimension);
    }

    /// <summary>
    /// The lead field a skill dimension is matched against: "product" reads "productInterest", a standard
    /// lead field reads itself, anything else reads the custom field "fields.&lt;dimension&gt;".
    /// </summary>
    public static string LeadField(string dimension) => dimension switch
    {
        "product" => "productInterest",
        _ when dimension.StartsWith("fields.", StringComparison.Ordinal) => dimension,
        _ when LeadFields.Standard.Contains(dimension, StringComparer.Ordinal) => dimension,
        _ => "fields." + dimension,
    };

    /// <summary>
    /// True when, for every dimension, the lead has no (non-blank) value for it, or the rep has a skill in
    /// that dimension equal in matching form to one of the lead's values.
    /// </summary>
    public bool Match(IReadOnlyList<string> dimensions, LeadFacts lead)
    {
        foreach (var dimension in dimensions)
            if (!MatchOne(dimension, lead)) return false;
        return true;
    }

    private bool MatchOne(string name, LeadFacts lead)
    {
        var dimension = new SkillDimension(name, lead.Key(LeadField(name)));
        return Match(dimension, In(dimension), lead);
    }

    /// <summary>One dimension: the lead has no (non-blank) value for it, or one of its values is in <paramref name="skills"/>.</summary>
    internal static bool Match(SkillDimension dimension, HashSet<string>? skills, LeadFacts lead)
    {
        if (!lead.TryGet(dimension.Field, out var facts)) return true;
        var constrained = false;
        foreach (var value in facts.Normalized)
        {
            if (string.IsNullOrWhiteSpace(value)) continue;
            constrained = true;
            if (skills is not null && skills.Contains(value)) return true;
        }
        return !constrained;
    }
}
