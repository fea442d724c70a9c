using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using NodaTime;
using Switchboard.Engine.Explanations;
using Switchboard.Web.Pages.Leads.Decisions;
using Switchboard.Web.Resources;

namespace Switchboard.Web.Tests;

public sealed class LeadsReasonBadgeTests : ComponentTest
{
    /// <summary>Friday 2026-12-25 20:00 in Seoul, after a 09:00–18:00 working day.</summary>
    private static readonly Instant Evening = Instant.FromUtc(2026, 12, 25, 11, 0);

    public static TheoryData<string, string> EveryCodeInEveryLanguage()
    {
        var data = new TheoryData<string, string>();
        foreach (var code in new[] { "inactive", "out_of_office", "outside_working_hours", "status_away", "status_offline", "cap_open",
                     "cap_day", "cap_week", "skill_mismatch", "excluded", "weight_zero", "unknown_rep" })
            foreach (var language in new[] { "en", "ko", "ja", "de" }) data.Add(code, language);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCodeInEveryLanguage))]
    public void every_eligibility_code_reads_as_words_of_the_viewers_language_not_as_its_code(string code, string language)
    {
        var badge = Badge(language, new ReasonDetail { Code = code });
        Assert.DoesNotContain(code, badge);
        Assert.NotEqual(Badge(language, new ReasonDetail { Code = "something_new" }).Replace("something_new", code), badge);
    }

    [Theory]
    [InlineData("en", "Out of office until 12/27")]
    [InlineData("ko", "12. 27.까지 부재")]
    [InlineData("ja", "12/27まで不在")]
    [InlineData("de", "Abwesend bis 27.12.")]
    public void out_of_office_names_the_day_the_rep_is_back_as_the_viewers_language_writes_it(string language, string expected)
    {
        var back = new LocalDate(2026, 12, 27).AtStartOfDayInZone(Seoul).ToInstant();
        Assert.Equal(expected, Badge(language, new ReasonDetail { Code = "out_of_office", TimeZone = Seoul.Id, Until = back }));
    }

    [Theory]
    [InlineData("en", "Outside working hours (Asia/Seoul 18:00–09:00)")]
    [InlineData("ja", "勤務時間外（Asia/Seoul 18:00–09:00）")]
    public void outside_working_hours_names_the_reps_zone_and_its_off_hours(string language, string expected)
    {
        var next = Instant.FromUtc(2026, 12, 26, 0, 0); // 09:00 in Seoul
        Assert.Equal(expected, Badge(language, new ReasonDetail
        {
            Code = "outside_working_hours", TimeZone = Seoul.Id, Until = next, WorkingHours = ["09:00–18:00"],
        }));
    }

    [Theory]
    [InlineData("en", "Daily cap 20/20 reached")]
    [InlineData("ko", "일일 한도 20/20 도달")]
    [InlineData("de", "Tageslimit 20/20 erreicht")]
    public void a_full_cap_names_its_limit(string language, string expected)
    {
        Assert.Equal(expected, Badge(language, new ReasonDetail { Code = "cap_day", Limit = 20 }));
    }

    [Fact]
    public void a_skill_mismatch_names_the_skills_the_pool_matches_on()
    {
        Assert.Equal("Skill mismatch: product", Badge("en", new ReasonDetail { Code = "skill_mismatch", Skills = ["product"] }));
    }

    [Theory]
    [InlineData("en", "Previous owner")]
    [InlineData("ja", "以前の担当者")]
    public void an_excluded_rep_is_the_previous_owner(string language, string expected)
    {
        Assert.Equal(expected, Badge(language, new ReasonDetail { Code = "excluded" }));
    }

    private static readonly DateTimeZone Seoul = DateTimeZoneProviders.Tzdb["Asia/Seoul"];

    private string Badge(string language, ReasonDetail detail)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        CultureInfo.CurrentUICulture = culture;
        return new ReasonText(Services.GetRequiredService<IStringLocalizer<LeadsText>>(), culture).For(detail, Evening);
    }
}
