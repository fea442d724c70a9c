using System.Text;

namespace Switchboard.Bench.Intake;

/// <summary>
/// Realistic multilingual lead bodies (Korean, Japanese, German, English web forms and a CRM sync),
/// deterministic per index, every email unique. One lead in twenty is from 北海道 (a direct assignment
/// to sato); a quarter carry an externalId (the CRM sync), which costs the server a lookup.
/// </summary>
public static class LeadBodies
{
    public const int HokkaidoEvery = 20;

    private static readonly string[] JapaneseRegions = ["東京都", "大阪府", "福岡県", "愛知県", "神奈川県"];
    private static readonly string[] KoreanCities = ["서울특별시", "부산광역시", "인천광역시", "대구광역시"];
    private static readonly string[] GermanCities = ["München", "Köln", "Düsseldorf", "Nürnberg", "Straßburg"];

    public static bool IsHokkaido(int i) => i % HokkaidoEvery == 7;

    public static string Json(int i, string runTag)
    {
        var body = (i % 4) switch
        {
            0 => Korean(i, runTag),
            1 => Japanese(i, runTag),
            2 => German(i, runTag),
            _ => CrmSync(i, runTag),
        };
        return IsHokkaido(i) ? body.Replace("\"region\":\"", "\"region\":\"北海道 ") : body;
    }

    public static byte[] Utf8(int i, string runTag) => Encoding.UTF8.GetBytes(Json(i, runTag));

    private static string Korean(int i, string tag) => $$"""
        {"email":"jiwoo.kim.{{tag}}.{{i}}@example.kr","phone":"+82-10-{{1000 + i % 9000}}-{{i % 10000:0000}}","firstName":"지우","lastName":"김",
         "company":"한빛소프트 주식회사","title":"영업팀장","country":"KR","region":"서울","city":"{{KoreanCities[i % KoreanCities.Length]}}",
         "industry":"소프트웨어","employees":"50-99","source":"상담신청","productInterest":["B"],
         "fields":{"문의내용":"도입 비용과 일정이 궁금합니다. 데모를 요청합니다.","utm_source":"naver","동의":true} }
        """;

    private static string Japanese(int i, string tag) => $$"""
        {"email":"hanako.sato.{{tag}}.{{i}}@example.co.jp","phone":"03-{{1000 + i % 9000}}-{{i % 10000:0000}}","firstName":"花子","lastName":"佐藤",
         "company":"株式会社ミライ製作所","title":"営業部 部長","country":"JP","region":"{{JapaneseRegions[i % JapaneseRegions.Length]}}",
         "city":"千代田区","industry":"製造業","employees":"１００-９９９人","source":"導入相談",
         "fields":{"導入検討時期":"3カ月以内","従業員数":"100-999人","お問い合わせ内容":"資料請求と、オンラインでのご説明をお願いします。"} }
        """;

    private static string German(int i, string tag) => $$"""
        {"email":"joerg.mueller.{{tag}}.{{i}}@example.de","phone":"+49 89 {{100000 + i % 900000}}","firstName":"Jörg","lastName":"Müßig",
         "company":"Bäckerei Schäfer GmbH","title":"Geschäftsführer","country":"DE","region":"Bayern","city":"{{GermanCities[i % GermanCities.Length]}}",
         "industry":"Lebensmittel","employees":1200,"dealSize":"25.000 €","source":"messe",
         "fields":{"Anmerkung":"Bitte um Rückruf nächste Woche, gern auch auf Englisch.","Größe":"groß"} }
        """;

    private static string CrmSync(int i, string tag) => $$"""
        {"externalId":"crm-{{tag}}-{{i}}","email":"Olivia.Smith.{{tag}}.{{i}}@Example.com","firstName":"Olivia","lastName":"Smith",
         "company":"Northwind Traders, Inc.","title":"VP Sales","website":"https://northwind.example.com","country":"US","region":"CA",
         "city":"San Francisco","industry":"software","employees":250,"dealSize":48000,"source":"demo_request",
         "productInterest":["A","Analytics"],"fields":{"campaign":"2026-Q3 webinar","score_hint":72} }
        """;
}

/// <summary>The configuration PUT before the run: a 7-member round-robin pool behind a few workflows.</summary>
public static class BenchConfig
{
    public static readonly string[] PoolReps = ["r1", "r2", "r3", "r4", "r5", "r6", "r7"];
    public const string HokkaidoRep = "sato";

    private static readonly string[] Names = ["김민지", "박서준", "佐藤 健", "鈴木 一郎", "Jonas Müller", "Lena Schmidt", "Olivia Park"];

    public static string Json()
    {
        var reps = PoolReps.Select((id, n) => $$"""{"id":"{{id}}","name":"{{Names[n]}}","timeZone":"Asia/Tokyo","capacity":{"maxOpen":1000000} }""")
            .Append($$"""{"id":"{{HokkaidoRep}}","name":"佐藤 花子","timeZone":"Asia/Tokyo"}""");
        var members = string.Join(",", PoolReps.Select(id => $$"""{"repId":"{{id}}"}"""));
        return $$"""
            {"settings":{"fallbackPool":null,"dedupe":"merge"},
             "reps":[{{string.Join(",", reps)}}],
             "pools":[{"id":"inbound","name":"Inbound","strategy":"round_robin","members":[{{members}}],
                       "eligibility":{"requireAvailable":false,"respectCapacity":true,"matchSkills":[]},"whenNoneEligible":"unassigned"}],
             "workflows":[
               {"id":"hokkaido","name":"都道府県 contains 北海道 → 佐藤","priority":10,"stopOnMatch":true,"trigger":{"type":"lead.created"},
                "conditions":{"all":[{"field":"region","op":"contains","value":"北海道"}]},"actions":[{"type":"assign","rep":"{{HokkaidoRep}}"}]},
               {"id":"enterprise","name":"Large companies","priority":15,"trigger":{"type":"lead.created"},
                "conditions":{"any":[{"field":"employees","op":"gte","value":1000},{"field":"fields.従業員数","op":"contains","value":"1000人以上"}]},
                "actions":[{"type":"set_field","field":"fields.segment","value":"enterprise"}]},
               {"id":"consultation","name":"상담/相談 → Working","priority":18,"trigger":{"type":"lead.created"},
                "conditions":{"any":[{"field":"source","op":"in","value":["상담신청","導入相談","demo_request"]}]},
                "actions":[{"type":"set_stage","stage":"Working"}]},
               {"id":"inbound","name":"Everything else","priority":20,"trigger":{"type":"lead.created"},
                "actions":[{"type":"assign","pool":"inbound"}]}]}
            """;
    }
}
