namespace Switchboard.Bench;

/// <summary>One market of the reference organisation: its reps' zone, names, and what its leads look like.</summary>
internal sealed record Market(
    string Code,
    string Country,
    string[] CountryNames,
    string TimeZone,
    string Language,
    string[] FamilyNames,
    string[] GivenNames,
    (string Region, string[] Cities)[] Regions,
    string[] Industries,
    string[] Titles,
    string[] CompanyStems,
    string[] CompanyForms,
    string[] Sources,
    string PhonePrefix,
    string DomainSuffix);

/// <summary>The vocabulary the reference configuration and leads are generated from (Korean, Japanese, German).</summary>
internal static class ReferenceData
{
    public static readonly Market Japan = new(
        "jp", "JP", ["JP", "日本", "Japan", "ＪＰ"], "Asia/Tokyo", "ja",
        ["佐藤", "鈴木", "高橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本"],
        ["太郎", "花子", "翔太", "陽菜", "大輔", "美咲", "健太", "さくら", "拓海", "結衣", "悠斗", "葵", "蓮", "颯太", "ひかり"],
        [
            ("北海道", ["札幌市", "旭川市", "函館市", "帯広市"]),
            ("東京都", ["千代田区", "港区", "渋谷区", "新宿区"]),
            ("神奈川県", ["横浜市", "川崎市"]),
            ("大阪府", ["大阪市", "堺市"]),
            ("京都府", ["京都市"]),
            ("愛知県", ["名古屋市", "豊田市"]),
            ("福岡県", ["福岡市", "北九州市"]),
            ("宮城県", ["仙台市"]),
        ],
        ["製造業", "情報通信業", "小売業", "金融業", "医療・福祉", "物流", "manufacturing", "IT"],
        ["代表取締役", "部長", "課長", "マネージャー", "営業部長", "情報システム部 課長", "CEO", "担当者"],
        ["北洋", "日高", "富士", "東洋", "大和", "札幌", "さくら", "みなと", "ヤマト", "ＡＢＣ"],
        ["株式会社", "有限会社", "製作所", "商事株式会社"],
        ["web", "form", "展示会", "セミナー", "partner", "referral", "ads"],
        "+81", "co.jp");

    public static readonly Market Korea = new(
        "kr", "KR", ["KR", "대한민국", "한국", "Korea"], "Asia/Seoul", "ko",
        ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권"],
        ["민지", "서연", "지훈", "현우", "수빈", "예린", "민준", "하은", "도윤", "지우", "서준", "지민", "유진", "태현", "은비"],
        [
            ("서울특별시", ["강남구", "서초구", "마포구", "종로구"]),
            ("부산광역시", ["해운대구", "부산진구"]),
            ("경기도", ["수원시", "성남시", "용인시"]),
            ("인천광역시", ["연수구", "남동구"]),
            ("대구광역시", ["수성구"]),
            ("대전광역시", ["유성구"]),
        ],
        ["제조업", "정보통신업", "소매업", "금융", "물류", "헬스케어", "manufacturing", "IT"],
        ["대표이사", "팀장", "과장", "부장", "영업이사", "CTO", "매니저", "사원"],
        ["한빛", "대성", "미래", "삼원", "새별", "푸른", "동해", "케이"],
        ["(주)", "주식회사", "테크", "산업"],
        ["web", "form", "세미나", "전시회", "partner", "referral", "ads"],
        "+82", "co.kr");

    public static readonly Market Germany = new(
        "de", "DE", ["DE", "Deutschland", "Germany", "ＤＥ"], "Europe/Berlin", "de",
        ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schäfer", "Köhler",
         "Weiß", "Groß", "Krüger", "Schröder", "Jäger"],
        ["Jürgen", "Jörg", "Björn", "Sören", "Günther", "Ursula", "Käthe", "Lukas", "Anna", "Maximilian",
         "Sophie", "Jonas", "Lena", "Zoë", "Özlem"],
        [
            ("Bayern", ["München", "Nürnberg", "Augsburg"]),
            ("Baden-Württemberg", ["Stuttgart", "Karlsruhe", "Freiburg im Breisgau"]),
            ("Berlin", ["Berlin"]),
            ("Hamburg", ["Hamburg"]),
            ("Nordrhein-Westfalen", ["Köln", "Düsseldorf", "Münster"]),
            ("Hessen", ["Frankfurt am Main", "Wiesbaden"]),
        ],
        ["Maschinenbau", "Informationstechnik", "Einzelhandel", "Finanzdienstleistungen", "Logistik", "Gesundheitswesen", "manufacturing", "IT"],
        ["Geschäftsführer", "Vertriebsleiter", "Einkäufer", "Leiter IT", "Head of Sales", "CEO", "Sachbearbeiterin", "Prokurist"],
        ["Nordwind", "Alpen", "Rhein", "Elbe", "Bäcker", "Süd", "Löwen", "Weißdorn"],
        ["GmbH", "AG", "GmbH & Co. KG", "KG"],
        ["web", "form", "Messe", "Webinar", "partner", "referral", "ads"],
        "+49", "de");

    public static readonly Market[] Markets = [Japan, Korea, Germany];

    /// <summary>Products (skills dimension "product", lead field productInterest).</summary>
    public static readonly string[] Products = ["A", "B", "C", "Analytics", "Cloud Suite", "ＣＲＭ"];

    public static readonly string[] FreeMail = ["gmail.com", "naver.com", "daum.net", "hanmail.net", "yahoo.co.jp", "gmx.de", "outlook.com"];

    public static readonly string[] BigBrands = ["hitachi", "toyota", "sony", "panasonic", "samsung", "hyundai", "siemens", "bosch"];

    /// <summary>Custom field values: purchase timeframe (導入検討時期), company size band (従業員規模), intent (Kaufabsicht).</summary>
    public static readonly string[] Timeframes = ["3カ月以内", "３カ月以内", "6カ月以内", "1年以内", "未定", "未定"];
    public static readonly string[] SizeBands = ["1-99人", "１００-９９９人", "100-999人", "1000人以上", "１０００人以上"];
    public static readonly string[] Intents = ["hoch", "mittel", "niedrig", "unbekannt"];
}
