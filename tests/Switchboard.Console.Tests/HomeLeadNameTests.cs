using System.Globalization;
using Switchboard.Web.Pages.Home;

namespace Switchboard.Web.Tests;

public sealed class HomeLeadNameTests
{
    [Theory]
    [InlineData("en", "Hanako Yamada")]
    [InlineData("de", "Hanako Yamada")]
    [InlineData("ja", "Yamada Hanako")]
    [InlineData("ko", "Yamada Hanako")]
    public void a_leads_name_is_in_the_order_of_the_readers_language(string language, string expected)
    {
        Assert.Equal(expected, LeadName.Of("Hanako", "Yamada", "Acme", "ld_1", CultureInfo.GetCultureInfo(language)));
    }

    [Fact]
    public void a_lead_without_a_name_is_named_by_its_company_else_by_the_fallback()
    {
        Assert.Equal("Acme", LeadName.Of(null, " ", "Acme", "ld_1", CultureInfo.InvariantCulture));
        Assert.Equal("ld_1", LeadName.Of(null, null, null, "ld_1", CultureInfo.InvariantCulture));
    }
}
