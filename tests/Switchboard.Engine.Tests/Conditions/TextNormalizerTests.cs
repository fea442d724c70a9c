using System.Text;
using Switchboard.Engine.Conditions;

namespace Switchboard.Engine.Tests.Conditions;

/// <summary>The normaliser's shortcuts must agree with ICU: NFKC, then invariant lower case.</summary>
public class TextNormalizerTests
{
    private static string Reference(string value) => value.Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    /// <summary>The result, or the exception type when ICU rejects the text (invalid code points).</summary>
    private static string Outcome(Func<string, string> normalize, string value)
    {
        try
        {
            return normalize(value);
        }
        catch (ArgumentException e)
        {
            return "throws " + e.GetType().Name;
        }
    }

    [Fact]
    public void every_basic_multilingual_plane_character_normalises_as_nfkc_then_lower_case()
    {
        for (var c = 1; c < 0x10000; c++)
        {
            if (char.IsSurrogate((char)c)) continue;
            var text = ((char)c).ToString();
            Assert.True(Outcome(Reference, text) == Outcome(TextNormalizer.Normalize, text), $"U+{c:X4}");
        }
    }

    [Fact]
    public void mixed_strings_normalise_as_nfkc_then_lower_case()
    {
        // Characters from every shortcut range next to ones that combine (marks, jamo, voiced marks, half-width kana).
        const string alphabet = "aZ09 @.-ÀÞßÿ×÷ÄÖÜäöüÉ北海道東京都서울특별시ガガｶﾞーヿ\u3000０９ＡＺａｚ－～" +
            "\u0301\u0308\u1100\u1161\u11A8\u3099\u309A\u00A0\u00B5\u00BD\uFB01\u2460가각\u0130\u0131";
        var random = new Random(7);
        var buffer = new StringBuilder();
        for (var n = 0; n < 20_000; n++)
        {
            buffer.Clear();
            var length = random.Next(1, 9);
            for (var i = 0; i < length; i++) buffer.Append(alphabet[random.Next(alphabet.Length)]);
            var text = buffer.ToString();
            Assert.Equal(Outcome(Reference, text), Outcome(TextNormalizer.Normalize, text));
        }
    }

    [Theory]
    [InlineData("1000", 1000.0)]
    [InlineData(" -2.5e3 ", -2500.0)]
    [InlineData(".5", 0.5)]
    [InlineData("+7", 7.0)]
    [InlineData("infinity", double.PositiveInfinity)]
    [InlineData("-infinity", double.NegativeInfinity)]
    public void numbers_parse_after_normalising(string normalized, double expected)
    {
        Assert.True(TextNormalizer.TryParseNumber(normalized, out var number));
        Assert.Equal(expected, number);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("100-999人")]
    [InlineData("1,000")]
    [InlineData("北海道")]
    [InlineData("e5")]
    public void text_is_not_a_number(string normalized) => Assert.False(TextNormalizer.TryParseNumber(normalized, out _));

    [Fact]
    public void nan_parses_as_before() => Assert.True(TextNormalizer.TryParseNumber("nan", out var n) && double.IsNaN(n));
}
