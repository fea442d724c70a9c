using Switchboard.Engine.Eligibility;
using Switchboard.Engine.Model;
using static Switchboard.Engine.Tests.TestReps;

namespace Switchboard.Engine.Tests.Eligibility;

public class SkillMatchingTests
{
    private const string Now = "2026-06-10T03:00:00Z";

    private static Rep Skilled(string dimension, params string[] values) =>
        new() { Id = "sato", TimeZone = "Asia/Tokyo", Skills = new() { [dimension] = [.. values] } };

    private static PoolEligibility Match(params string[] dimensions) => new() { MatchSkills = [.. dimensions] };

    [Fact]
    public void hokkaido_rep_matches_a_hokkaido_lead()
    {
        Assert.Null(FirstFailure(Skilled("region", "北海道"), Now, Match("region"), lead: Lead("""{"region":"北海道"}""")));
    }

    [Fact]
    public void hokkaido_rep_does_not_match_a_tokyo_lead()
    {
        Assert.Equal(EligibilityReasons.SkillMismatch,
            FirstFailure(Skilled("region", "北海道"), Now, Match("region"), lead: Lead("""{"region":"東京都"}""")));
    }

    [Fact]
    public void full_width_lead_value_matches_its_ascii_skill()
    {
        Assert.Null(FirstFailure(Skilled("product", "Product-A"), Now, Match("product"), lead: Lead("""{"productInterest":"ＰＲＯＤＵＣＴ－Ａ"}""")));
    }

    [Fact]
    public void half_width_katakana_lead_value_matches_its_full_width_skill()
    {
        Assert.Null(FirstFailure(Skilled("region", "ホッカイドウ"), Now, Match("region"), lead: Lead("""{"region":"ﾎｯｶｲﾄﾞｳ"}""")));
    }

    [Fact]
    public void product_dimension_reads_product_interest_and_any_listed_product_matches()
    {
        Assert.Null(FirstFailure(Skilled("product", "A"), Now, Match("product"), lead: Lead("""{"productInterest":["B","a"]}""")));
        Assert.Equal(EligibilityReasons.SkillMismatch,
            FirstFailure(Skilled("product", "A"), Now, Match("product"), lead: Lead("""{"productInterest":["B","C"]}""")));
    }

    [Fact]
    public void unknown_dimension_reads_the_custom_field_of_that_name()
    {
        Assert.Null(FirstFailure(Skilled("language", "ja"), Now, Match("language"), lead: Lead("""{"fields":{"language":"JA"}}""")));
        Assert.Equal(EligibilityReasons.SkillMismatch,
            FirstFailure(Skilled("language", "ja"), Now, Match("language"), lead: Lead("""{"fields":{"language":"ko"}}""")));
    }

    [Fact]
    public void dimension_the_lead_has_no_value_for_does_not_constrain()
    {
        var noSkills = new Rep { Id = "sato", TimeZone = "Asia/Tokyo" };
        Assert.Null(FirstFailure(noSkills, Now, Match("region"), lead: Lead("""{"industry":"manufacturing"}""")));
    }

    [Fact]
    public void rep_without_skills_in_the_dimension_does_not_match_a_lead_with_a_value()
    {
        Assert.Equal(EligibilityReasons.SkillMismatch,
            FirstFailure(Skilled("industry", "manufacturing"), Now, Match("region"), lead: Lead("""{"region":"北海道"}""")));
    }

    [Fact]
    public void every_listed_dimension_must_match()
    {
        var rep = new Rep
        {
            Id = "sato",
            TimeZone = "Asia/Tokyo",
            Skills = new() { ["region"] = ["北海道"], ["industry"] = ["manufacturing"] },
        };
        var lead = Lead("""{"region":"北海道","industry":"retail"}""");
        Assert.Equal(EligibilityReasons.SkillMismatch, FirstFailure(rep, Now, Match("region", "industry"), lead: lead));
    }
}
