using System.Text.Json;
using Switchboard.Engine.Json;
using Switchboard.Engine.Model;

namespace Switchboard.Server.Demo;

/// <summary>
/// The demo organisation seeded on the first start of an empty database, built from the seed
/// documents: Salesmap's inbound round robin and product-A team, Hot Profile's 北海道 and
/// 100-999人 rules and its web form (導入相談フォーム) → sales approach list with assignment,
/// reps in Seoul, Tokyo and Berlin; a scoring model and Hot Profile's lists
/// (HOT leads, seminar attendees, re-nurture after a lost deal, upsell after a won one); and NetHunt's
/// company hierarchy: leads of the ACME group go to their account's owner (ACME 株式会社 → sato, else up
/// to ACME Holdings → takahashi), else to inbound.
/// </summary>
public static class DemoOrganisation
{
    public static RoutingConfig Build() =>
        JsonSerializer.Deserialize<RoutingConfig>(Document, EngineJson.Options)!;

    private const string Weekdays = """
        {"mon":[["09:00","18:00"]],"tue":[["09:00","18:00"]],"wed":[["09:00","18:00"]],"thu":[["09:00","18:00"]],"fri":[["09:00","18:00"]]}
        """;

    private static readonly string Document = $$"""
    {
      "settings": {"fallbackPool": "inbound", "dedupe": "merge"},
      "reps": [
        {"id":"kim","name":"김민지","email":"kim@example.kr","role":"rep","timeZone":"Asia/Seoul","workingHours":{{Weekdays}},
         "level":2,"skills":{"region":["서울"],"product":["A"],"language":["ko"]},"capacity":{"maxOpen":50,"perDay":20},"managerId":"lee"},
        {"id":"park","name":"박서준","email":"park@example.kr","role":"rep","timeZone":"Asia/Seoul","workingHours":{{Weekdays}},
         "level":1,"skills":{"region":["부산"],"language":["ko"]},"capacity":{"maxOpen":40,"perDay":15},"managerId":"lee"},
        {"id":"lee","name":"이도윤","email":"lee@example.kr","role":"manager","timeZone":"Asia/Seoul","workingHours":{{Weekdays}},"level":3},
        {"id":"sato","name":"佐藤 花子","email":"sato@example.jp","role":"rep","timeZone":"Asia/Tokyo","workingHours":{{Weekdays}},
         "level":2,"skills":{"region":["北海道"],"language":["ja"]},"capacity":{"maxOpen":50,"perDay":20},"managerId":"takahashi"},
        {"id":"tanaka","name":"田中 太郎","email":"tanaka@example.jp","role":"rep","timeZone":"Asia/Tokyo","workingHours":{{Weekdays}},
         "level":2,"skills":{"product":["A"],"industry":["製造業","manufacturing"],"language":["ja"]},"capacity":{"maxOpen":50},"managerId":"takahashi"},
        {"id":"suzuki","name":"鈴木 一郎","email":"suzuki@example.jp","role":"rep","timeZone":"Asia/Tokyo","workingHours":{{Weekdays}},
         "level":1,"skills":{"region":["東京都"],"language":["ja"]},"managerId":"takahashi"},
        {"id":"takahashi","name":"高橋 美咲","email":"takahashi@example.jp","role":"manager","timeZone":"Asia/Tokyo","workingHours":{{Weekdays}},"level":3},
        {"id":"mueller","name":"Jonas Müller","email":"mueller@example.de","role":"rep","timeZone":"Europe/Berlin","workingHours":{{Weekdays}},
         "level":2,"skills":{"product":["A"],"language":["de"]},"capacity":{"maxOpen":50,"perWeek":60},"managerId":"schmidt"},
        {"id":"schmidt","name":"Lena Schmidt","email":"schmidt@example.de","role":"manager","timeZone":"Europe/Berlin","workingHours":{{Weekdays}},"level":3}
      ],
      "pools": [
        {"id":"inbound","name":"Inbound demo and consultation requests","strategy":"round_robin",
         "members":[{"repId":"kim"},{"repId":"park"},{"repId":"sato"},{"repId":"suzuki"},{"repId":"mueller"}],
         "eligibility":{"requireAvailable":false,"respectCapacity":true,"matchSkills":[]},
         "whenNoneEligible":"overflow","overflowPool":"managers"},
        {"id":"product-a","name":"Product A team","strategy":"weighted_round_robin",
         "members":[{"repId":"kim","weight":2},{"repId":"tanaka","weight":1},{"repId":"mueller","weight":1}],
         "eligibility":{"requireAvailable":false,"respectCapacity":true,"matchSkills":["product"]},
         "whenNoneEligible":"overflow","overflowPool":"inbound"},
        {"id":"mid-market","name":"Mid-market (100-999 employees)","strategy":"least_loaded",
         "members":[{"repId":"park"},{"repId":"suzuki"},{"repId":"tanaka"}],
         "eligibility":{"requireAvailable":false,"respectCapacity":true,"matchSkills":[]},
         "whenNoneEligible":"overflow","overflowPool":"inbound"},
        {"id":"managers","name":"Managers (overflow)","strategy":"round_robin",
         "members":[{"repId":"lee"},{"repId":"takahashi"},{"repId":"schmidt"}],
         "eligibility":{"requireAvailable":false,"respectCapacity":false,"matchSkills":[]},
         "whenNoneEligible":"unassigned"}
      ],
      "accounts": [
        {"id":"acme-holdings","name":"ACME Holdings","domains":["acme-holdings.example"],"ownerId":"takahashi"},
        {"id":"acme-jp","name":"ACME 株式会社","domains":["acme.example.jp"],"ownerId":"sato","parentId":"acme-holdings"},
        {"id":"acme-kr","name":"ACME Korea 주식회사","domains":["acme.example.kr"],"ownerId":"kim","parentId":"acme-holdings"}
      ],
      "workflows": [
        {"id":"acme-group","name":"ACME group → account owner","priority":5,"stopOnMatch":true,
         "trigger":{"type":"lead.created"},
         "conditions":{"any":[{"field":"email","op":"contains","value":"acme"},{"field":"company","op":"contains","value":"acme"}]},
         "actions":[{"type":"assign","accountOwner":true,"fallbackPool":"inbound"}]},
        {"id":"hokkaido","name":"都道府県 contains 北海道 → 佐藤","priority":10,"stopOnMatch":true,
         "trigger":{"type":"lead.created"},
         "conditions":{"all":[{"field":"region","op":"contains","value":"北海道"}]},
         "actions":[{"type":"assign","rep":"sato"}]},
        {"id":"product-a","name":"Product A interest → product A team","priority":20,"stopOnMatch":true,
         "trigger":{"type":"lead.created"},
         "conditions":{"any":[{"field":"productInterest","op":"eq","value":"A"},{"field":"productInterest","op":"eq","value":"Product A"}]},
         "actions":[{"type":"assign","pool":"product-a"}]},
        {"id":"mid-market","name":"従業員数 100-999人 → mid-market","priority":30,"stopOnMatch":true,
         "trigger":{"type":"lead.created"},
         "conditions":{"any":[{"field":"fields.従業員数","op":"contains","value":"100-999人"},{"field":"employees","op":"between","value":[100,999]}]},
         "actions":[{"type":"assign","pool":"mid-market"}]},
        {"id":"demo-request","name":"Demo and consultation requests → inbound round robin","priority":40,
         "trigger":{"type":"lead.created"},
         "conditions":{"any":[{"field":"source","op":"in","value":["demo_request","consultation","導入相談","상담신청"]}]},
         "actions":[{"type":"assign","pool":"inbound"},{"type":"set_stage","stage":"Working"}]},
        {"id":"manufacturing-update","name":"Industry changed to manufacturing → product A team","priority":50,
         "trigger":{"type":"lead.updated","fields":["industry"]},
         "conditions":{"all":[{"field":"industry","op":"in","value":["manufacturing","製造業"]}]},
         "actions":[{"type":"assign","pool":"product-a"}]},
        {"id":"web-form-approach","name":"Webフォーム → 営業アプローチリスト","priority":5,
         "trigger":{"type":"form.submitted","formId":"demo-request"},
         "actions":[{"type":"add_to_list","list":"approach"}]},
        {"id":"web-form-assign","name":"Webフォーム: 担当ルールに当てはまらない → inbound round robin","priority":35,
         "trigger":{"type":"form.submitted","formId":"demo-request"},
         "actions":[{"type":"assign","pool":"inbound"}]},
        {"id":"hot-leads","name":"HOT (score crossed into hot) → HOT list, call today","priority":100,
         "trigger":{"type":"score.crossed","grade":"hot"},
         "actions":[{"type":"add_to_list","list":"hot"},{"type":"create_task","title":"HOT lead: call today","due":"end_of_day"}]},
        {"id":"seminar-attendees","name":"セミナー参加 → seminar attendee list","priority":110,
         "trigger":{"type":"event.received","eventType":"seminar_attended"},
         "actions":[{"type":"add_to_list","list":"seminar"}]},
        {"id":"deal-lost","name":"Lost deal → re-nurture list","priority":120,
         "trigger":{"type":"deal.stage.changed","to":"lost"},
         "actions":[{"type":"add_to_list","list":"re-nurture"}]},
        {"id":"deal-won","name":"Won deal → upsell list","priority":130,
         "trigger":{"type":"deal.stage.changed","to":"won"},
         "actions":[{"type":"add_to_list","list":"upsell"}]}
      ],
      "lists": [
        {"id":"approach","name":"営業アプローチリスト"},
        {"id":"hot","name":"HOT leads"},
        {"id":"seminar","name":"セミナー参加者 (seminar attendees)"},
        {"id":"re-nurture","name":"Re-nurture (lost deals)"},
        {"id":"upsell","name":"Upsell (won deals)"}
      ],
      "forms": [
        {"id":"demo-request","name":"導入相談フォーム","language":"ja","honeypot":"website_url",
         "fields":[{"key":"email","label":"メールアドレス","type":"email","required":true,"mapsTo":"email"},
                   {"key":"pref","label":"都道府県","type":"select","options":["北海道","東京都"],"mapsTo":"region"},
                   {"key":"timing","label":"導入検討時期","type":"select","options":["3カ月以内","未定"],"mapsTo":"fields.導入検討時期"},
                   {"key":"company","label":"会社名","type":"text","required":true,"mapsTo":"company"},
                   {"key":"last","label":"姓","type":"text","mapsTo":"lastName"},
                   {"key":"first","label":"名","type":"text","mapsTo":"firstName"},
                   {"key":"phone","label":"電話番号","type":"tel","mapsTo":"phone"},
                   {"key":"employees","label":"従業員数","type":"select","options":["1-99人","100-999人","1000人以上"],"mapsTo":"fields.従業員数"},
                   {"key":"message","label":"ご相談内容","type":"textarea","mapsTo":"fields.ご相談内容"}],
         "thankYou":"お問い合わせありがとうございました。","redirect":null}
      ],
      "scoring": {
        "fit": [
          {"when":{"field":"industry","op":"in","value":["manufacturing","製造業","제조업"]},"points":20},
          {"when":{"any":[{"field":"fields.従業員数","op":"contains","value":"100-999人"},{"field":"employees","op":"gte","value":100}]},"points":15},
          {"when":{"field":"fields.導入検討時期","op":"in","value":["3カ月以内","3ヶ月以内"]},"points":20},
          {"when":{"field":"email","op":"regex","value":"@(gmail\\.com|naver\\.com|yahoo\\.co\\.jp)$"},"points":-10}
        ],
        "events": {
          "page_visit":{"points":2,"max":20},
          "email_open":{"points":1,"max":10},
          "campaign_reaction":{"points":10,"max":30},
          "seminar_attended":{"points":25}
        },
        "halfLife": "P30D",
        "grades": [{"name":"hot","min":70},{"name":"warm","min":40},{"name":"cold","min":0}]
      }
    }
    """;
}
