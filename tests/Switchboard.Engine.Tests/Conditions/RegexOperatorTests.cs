using System.Diagnostics;
using static Switchboard.Engine.Tests.Conditions.Rules;

namespace Switchboard.Engine.Tests.Conditions;

public class RegexOperatorTests
{
    [Fact]
    public void regex_matches_anywhere_in_the_value() =>
        Assert.True(Leaf("title", "regex", "\"(cto|cio)\"", """{"title":"Group cto"}"""));

    [Fact]
    public void regex_ignores_case() =>
        Assert.True(Leaf("region", "regex", "\"^hok\"", """{"region":"HOKKAIDO"}"""));

    [Fact]
    public void regex_sees_the_nfkc_form_of_the_value() =>
        Assert.True(Leaf("phone", "regex", """ "^0\\d-\\d{4}-\\d{4}$" """, """{"phone":"０３-１２３４-５６７８"}"""));

    [Fact]
    public void regex_pattern_with_full_width_literals_matches_the_nfkc_form() =>
        Assert.True(Leaf("fields.導入検討時期", "regex", "\"^３カ月\"", """{"fields":{"導入検討時期":"3カ月以内"}}"""));

    [Fact]
    public void regex_escape_classes_keep_their_meaning() =>
        Assert.True(Leaf("company", "regex", """ "^\\D+$" """, """{"company":"ACME"}"""));

    [Fact]
    public void regex_matches_japanese_alternatives() =>
        Assert.True(Leaf("region", "regex", "\"^(北海道|青森県)\"", """{"region":"北海道札幌市"}"""));

    [Fact]
    public void regex_does_not_match_other_text() =>
        Assert.False(Leaf("region", "regex", "\"^(北海道|青森県)\"", """{"region":"東京都"}"""));

    [Fact]
    public void regex_matches_when_any_list_element_matches() =>
        Assert.True(Leaf("productInterest", "regex", "\"^crm-\"", """{"productInterest":["ERP","CRM-Cloud"]}"""));

    [Fact]
    public void regex_that_times_out_counts_as_no_match()
    {
        var slow = new string('a', 40) + "!";
        var watch = Stopwatch.StartNew();
        Assert.False(Leaf("company", "regex", """ "^(a|aa)+$" """, $$"""{"company":"{{slow}}"}"""));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10));
    }
}
