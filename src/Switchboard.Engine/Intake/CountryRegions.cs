using System.Text;
using PhoneNumbers;

namespace Switchboard.Engine.Intake;

/// <summary>
/// The phone region of a lead's free-text <c>country</c>: an ISO 3166 alpha-2 code any case ("jp", "DE"), a few
/// alpha-3 codes, or a common English, native, Korean or Japanese name ("Japan", "日本", "대한민국", "Deutschland").
/// Null when unrecognised (the phone is then parsed as an international number).
/// </summary>
internal static class CountryRegions
{
    private static readonly HashSet<string> Supported = PhoneNumberUtil.GetInstance().GetSupportedRegions();

    private static readonly Dictionary<string, string> Names = Build(new()
    {
        ["JP"] = ["japan", "日本", "日本国", "nippon", "nihon", "jpn", "일본", "にほん", "にっぽん"],
        ["KR"] = ["korea", "south korea", "republic of korea", "korea, republic of", "korea (south)", "대한민국", "한국", "남한", "韓国", "大韓民国", "kor", "rok"],
        ["DE"] = ["germany", "deutschland", "bundesrepublik deutschland", "deu", "ger", "독일", "ドイツ"],
        ["AT"] = ["austria", "österreich", "aut"],
        ["CH"] = ["switzerland", "schweiz", "suisse", "svizzera", "che"],
        ["US"] = ["united states", "united states of america", "usa", "u.s.a.", "u.s.", "america", "미국", "米国", "アメリカ"],
        ["GB"] = ["united kingdom", "uk", "u.k.", "great britain", "britain", "england", "gbr", "영국", "イギリス", "英国"],
        ["CN"] = ["china", "中国", "中华人民共和国", "中華人民共和国", "chn", "중국"],
        ["TW"] = ["taiwan", "台湾", "臺灣", "twn", "대만"],
        ["FR"] = ["france", "frankreich", "fra", "프랑스", "フランス"],
    });

    public static string? Of(string? country)
    {
        if (string.IsNullOrWhiteSpace(country)) return null;
        var key = Key(country);
        if (key.Length == 2 && Supported.Contains(key.ToUpperInvariant())) return key.ToUpperInvariant();
        return Names.TryGetValue(key, out var region) ? region : null;
    }

    private static string Key(string text) => text.Trim().Normalize(NormalizationForm.FormKC).ToLowerInvariant();

    private static Dictionary<string, string> Build(Dictionary<string, string[]> names)
    {
        var byName = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (region, aliases) in names)
            foreach (var alias in aliases) byName[Key(alias)] = region;
        return byName;
    }
}
