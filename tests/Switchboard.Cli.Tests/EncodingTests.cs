using System.Text;

namespace Switchboard.Cli.Tests;

public sealed class EncodingTests : IDisposable
{
    private const string Japanese = """
        E-mail,姓,名,都道府県,会社名,導入検討時期
        hanako@example.co.jp,佐藤,花子,北海道,株式会社ミライ製作所,3カ月以内
        ichiro@example.co.jp,鈴木,一郎,東京都,"有限会社 ""カナ"" 商事",未定
        """;

    private const string Korean = """
        이메일,성,이름,지역,회사,문의내용
        minji@example.kr,김,민지,서울특별시,한빛소프트 주식회사,"도입 비용과 일정이 궁금합니다, 데모 요청"
        seojun@example.kr,박,서준,부산광역시,(주)바다,견적 문의
        """;

    private static readonly string[] JapaneseLeads =
    [
        """{"email":"hanako@example.co.jp","fields":{"姓":"佐藤","名":"花子","都道府県":"北海道","会社名":"株式会社ミライ製作所","導入検討時期":"3カ月以内"}}""",
        """{"email":"ichiro@example.co.jp","fields":{"姓":"鈴木","名":"一郎","都道府県":"東京都","会社名":"有限会社 \"カナ\" 商事","導入検討時期":"未定"}}""",
    ];

    private static readonly string[] KoreanLeads =
    [
        """{"fields":{"이메일":"minji@example.kr","성":"김","이름":"민지","지역":"서울특별시","회사":"한빛소프트 주식회사","문의내용":"도입 비용과 일정이 궁금합니다, 데모 요청"}}""",
        """{"fields":{"이메일":"seojun@example.kr","성":"박","이름":"서준","지역":"부산광역시","회사":"(주)바다","문의내용":"견적 문의"}}""",
    ];

    private readonly CsvFiles _files = new();

    [Fact]
    public void a_shift_jis_file_is_detected_and_reads_the_same_leads_as_utf16_and_utf8()
    {
        var shiftJis = _files.Write(Japanese, FileEncoding.ShiftJis);
        Assert.Equal(JapaneseLeads, CsvFiles.Leads(shiftJis));
        Assert.Equal(JapaneseLeads, CsvFiles.Leads(_files.Write(Japanese, Encoding.Unicode, bom: true)));
        Assert.Equal(JapaneseLeads, CsvFiles.Leads(_files.Write(Japanese, new UTF8Encoding(false))));
        using var reader = CsvLeadReader.Open(shiftJis);
        Assert.Equal(932, reader.Encoding.CodePage);
    }

    [Fact]
    public void a_cp949_file_is_detected_and_reads_the_same_leads_as_utf16_and_utf8()
    {
        var cp949 = _files.Write(Korean, FileEncoding.Cp949);
        Assert.Equal(KoreanLeads, CsvFiles.Leads(cp949));
        Assert.Equal(KoreanLeads, CsvFiles.Leads(_files.Write(Korean, Encoding.BigEndianUnicode, bom: true)));
        Assert.Equal(KoreanLeads, CsvFiles.Leads(_files.Write(Korean, new UTF8Encoding(true), bom: true)));
        using var reader = CsvLeadReader.Open(cp949);
        Assert.Equal(949, reader.Encoding.CodePage);
    }

    [Fact]
    public void a_utf16_file_with_a_byte_order_mark_keeps_korean_and_japanese_in_one_file()
    {
        const string mixed = "email,lastName,firstName,city\nyuna@example.kr,최,유나,ソウル\nmio@example.jp,高橋,美緒,서울\n";
        var path = _files.Write(mixed, Encoding.Unicode, bom: true);
        Assert.Equal(
            ["""{"email":"yuna@example.kr","lastName":"최","firstName":"유나","city":"ソウル"}""",
             """{"email":"mio@example.jp","lastName":"高橋","firstName":"美緒","city":"서울"}"""],
            CsvFiles.Leads(path));
    }

    [Fact]
    public void a_named_encoding_is_used_when_the_file_has_no_byte_order_mark()
    {
        var path = _files.Write(Korean, FileEncoding.Cp949);
        Assert.Equal(KoreanLeads, CsvFiles.Leads(path, "euc-kr"));
        Assert.Throws<ArgumentException>(() => FileEncoding.Named("klingon"));
    }

    [Fact]
    public void mostly_ascii_shift_jis_with_a_little_japanese_is_not_taken_for_korean()
    {
        var text = "email,region\n" + string.Concat(Enumerable.Range(0, 200).Select(i => $"user{i}@example.jp,\n")) + "last@example.jp,大阪府\n";
        Assert.Equal(932, FileEncoding.Detect(FileEncoding.ShiftJis.GetBytes(text), complete: true).CodePage);
        Assert.Equal(949, FileEncoding.Detect(FileEncoding.Cp949.GetBytes(text.Replace("大阪府", "경기도")), complete: true).CodePage);
    }

    public void Dispose() => _files.Dispose();
}
