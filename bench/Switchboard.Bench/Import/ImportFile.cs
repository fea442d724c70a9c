using System.Text;

namespace Switchboard.Bench.Import;

/// <summary>
/// A CSV export of multilingual leads (Korean, Japanese, German, English rows in turn), written row by row
/// to disk, deterministic per index. Every 20th row repeats the email of an earlier row (5% duplicates by
/// email); one row in twenty is from 北海道. Headers are a CRM export's: some name standard fields, some are
/// custom (導入検討時期, 문의내용, Anmerkung) and one needs a --map (E-mail).
/// </summary>
public static class ImportFile
{
    public const string Header = "E-mail,First Name,Last Name,Company,Phone,Country,Region,City,Industry,Employees,Source,導入検討時期,문의내용,Anmerkung";
    public const string Map = "email=E-mail";
    public const int DuplicateEvery = 20;
    /// <summary>A duplicate repeats the email of the row this far back (same language, itself not a duplicate).</summary>
    private const int DuplicateOf = 144;

    private static readonly string[] KoreanFirst = ["민지", "서준", "지우", "하은", "도윤", "서연"];
    private static readonly string[] KoreanLast = ["김", "이", "박", "최", "정"];
    private static readonly string[] JapaneseFirst = ["花子", "健", "一郎", "美緒", "翔太", "さくら"];
    private static readonly string[] JapaneseLast = ["佐藤", "鈴木", "高橋", "田中", "渡辺"];
    private static readonly string[] GermanFirst = ["Jörg", "Lena", "Jürgen", "Małgorzata", "Sören", "Käthe"];
    private static readonly string[] GermanLast = ["Müller", "Schäfer", "Weiß", "Groß", "Köhler"];
    private static readonly string[] JapaneseRegions = ["東京都", "大阪府", "福岡県", "愛知県", "神奈川県"];
    private static readonly string[] KoreanCities = ["서울특별시", "부산광역시", "인천광역시", "대구광역시"];
    private static readonly string[] GermanCities = ["München", "Köln", "Düsseldorf", "Nürnberg"];

    public static bool IsDuplicate(int i) => i % DuplicateEvery == DuplicateEvery - 1 && i >= DuplicateOf;

    /// <summary>Writes <paramref name="rows"/> rows (plus the header) as UTF-8; returns the file's size.</summary>
    public static long Write(string path, int rows, string tag)
    {
        using var file = new StreamWriter(path, false, new UTF8Encoding(false), 1 << 16);
        file.Write(Header);
        file.Write('\n');
        for (var i = 0; i < rows; i++)
        {
            file.Write(Row(i, tag));
            file.Write('\n');
        }
        file.Flush();
        return file.BaseStream.Length;
    }

    public static string Row(int i, string tag)
    {
        // A duplicate row is the same person again: same email and phone as the row it repeats.
        var person = IsDuplicate(i) ? i - DuplicateOf : i;
        var email = Email(person, tag);
        var (high, low) = (person / 10000 % 10000, person % 10000);
        var hokkaido = i % 20 == 7 ? "北海道 " : "";
        return (i % 4) switch
        {
            0 => $"{email},{Pick(KoreanFirst, i)},{Pick(KoreanLast, i)},한빛소프트 주식회사,+82-10-{2000 + high:0000}-{low:0000},KR,{hokkaido}서울,{Pick(KoreanCities, i)},소프트웨어,50-99,상담신청,,\"도입 비용과 일정이 궁금합니다, 데모 요청\",",
            1 => $"{email},{Pick(JapaneseFirst, i)},{Pick(JapaneseLast, i)},株式会社ミライ製作所,090-{2000 + high:0000}-{low:0000},JP,{hokkaido}{Pick(JapaneseRegions, i)},千代田区,製造業,１００-９９９人,導入相談,3カ月以内,,",
            2 => $"{email},{Pick(GermanFirst, i)},{Pick(GermanLast, i)},Bäckerei Schäfer GmbH,+49 89 {20000000 + person},DE,{hokkaido}Bayern,{Pick(GermanCities, i)},Lebensmittel,1200,messe,,,\"Bitte um Rückruf, gern auf Englisch\"",
            _ => $"{email},Olivia,Smith,\"Northwind Traders, Inc.\",+1 415 {300 + high % 600:000} {low:0000},US,{hokkaido}CA,San Francisco,software,250,demo_request,,,",
        };
    }

    private static string Email(int i, string tag) => (i % 4) switch
    {
        0 => $"jiwoo.kim.{tag}.{i}@example.kr",
        1 => $"hanako.sato.{tag}.{i}@example.co.jp",
        2 => $"joerg.mueller.{tag}.{i}@example.de",
        _ => $"Olivia.Smith.{tag}.{i}@Example.com",
    };

    private static string Pick(string[] values, int i) => values[i / 4 % values.Length];
}
