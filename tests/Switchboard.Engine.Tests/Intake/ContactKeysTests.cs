using System.Text.Json.Nodes;
using Switchboard.Engine.Intake;

namespace Switchboard.Engine.Tests.Intake;

public sealed class ContactKeysTests
{
    [Theory]
    [InlineData("090-1234-5678", "JP", "+819012345678")]
    [InlineData("090-1234-5678", "Japan", "+819012345678")]
    [InlineData("０９０－１２３４－５６７８", "日本", "+819012345678")]
    [InlineData("+81 90 1234 5678", null, "+819012345678")]
    [InlineData("010-1234-5678", "대한민국", "+821012345678")]
    [InlineData("010 1234 5678", "kr", "+821012345678")]
    [InlineData("(030) 1234567", "Deutschland", "+49301234567")]
    [InlineData("+49 (0)30 1234567", "Germany", "+49301234567")]
    public void A_phone_becomes_e164_in_the_region_of_its_country(string phone, string? country, string expected) =>
        Assert.Equal(expected, ContactKeys.Phone(phone, country));

    [Theory]
    [InlineData("090-1234-5678", null)]
    [InlineData("090-1234-5678", "Atlantis")]
    [InlineData("call me maybe", "JP")]
    [InlineData("12", "JP")]
    [InlineData("   ", "JP")]
    public void A_phone_without_a_known_region_or_digits_has_no_key(string phone, string? country) =>
        Assert.Null(ContactKeys.Phone(phone, country));

    [Fact]
    public void An_email_key_is_trimmed_and_lower_cased()
    {
        Assert.Equal("minji.kim@example.kr", ContactKeys.Email(" MinJi.Kim@Example.KR "));
        Assert.Null(ContactKeys.Email("  "));
    }

    [Fact]
    public void Keys_are_read_from_lead_data_and_ignore_non_text_values()
    {
        var data = JsonNode.Parse("""{"email":"A@B.JP","phone":"03-1234-5678","country":"JP"}""")!.AsObject();
        Assert.Equal(("a@b.jp", "+81312345678"), (ContactKeys.Email(data), ContactKeys.Phone(data)));
        Assert.Null(ContactKeys.Phone(JsonNode.Parse("""{"phone":8190123456}""")!.AsObject()));
    }
}
