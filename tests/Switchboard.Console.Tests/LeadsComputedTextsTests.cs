using System.Globalization;
using System.Resources;
using Switchboard.Engine.Model;
using Switchboard.Web.Pages.Leads;
using Switchboard.Web.Resources;

namespace Switchboard.Web.Tests;

/// <summary>
/// The lead pages write some text keys from codes (a status, a deal's status, a standard field): each code has its text,
/// so a status or field added to the engine is not shown as its key (TextsTests then checks every language has it).
/// </summary>
public sealed class LeadsComputedTextsTests
{
    private static readonly ResourceManager Texts = new(typeof(LeadsText));

    public static TheoryData<string> Keys() =>
    [
        .. LeadStatus.All.Select(LeadTextKeys.StatusKey), .. DealStatus.All.Select(LeadTextKeys.DealStatusKey),
        .. LeadFields.Standard.Select(LeadTextKeys.FieldKey),
    ];

    [Theory]
    [MemberData(nameof(Keys))]
    public void every_status_deal_status_and_standard_field_has_a_text(string key) =>
        Assert.False(string.IsNullOrWhiteSpace(Texts.GetString(key, CultureInfo.InvariantCulture)), $"LeadsText lacks {key}");
}
