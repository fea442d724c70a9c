using System.Text.Json.Nodes;
using Switchboard.Server.OpenApi;

namespace Switchboard.Server.Apis.Leads;

/// <summary>
/// Example leads for the OpenAPI document, after the field guides in the project's seeds: a Korean inquiry routed by
/// product and channel, a Japanese web-form inquiry of the kind Hot Profile's lead workflows route (prefecture, company
/// size written in full-width digits), a German trade-fair lead. Names and addresses are invented.
/// </summary>
public static class LeadExamples
{
    public static readonly RequestExample Korean = new("korean", "A Korean inquiry from the website", new JsonObject
    {
        ["email"] = "jiwoo.han@example.kr", ["lastName"] = "한", ["firstName"] = "지우", ["company"] = "주식회사 한빛물산",
        ["title"] = "영업팀장", ["phone"] = "+82 2-555-0143", ["country"] = "KR", ["city"] = "서울", ["source"] = "website",
        ["productInterest"] = new JsonArray("리드 관리", "워크플로우 자동화"),
        ["fields"] = new JsonObject { ["유입 채널"] = "블로그", ["문의 내용"] = "리드 자동 할당 데모 요청" },
    });

    public static readonly RequestExample Japanese = new("japanese", "A Japanese web-form inquiry", new JsonObject
    {
        ["email"] = "hanako.sato@example.jp", ["lastName"] = "佐藤", ["firstName"] = "花子", ["company"] = "株式会社サンプル商事",
        ["title"] = "営業企画部 課長", ["country"] = "JP", ["region"] = "北海道", ["city"] = "札幌市", ["employees"] = "１００-９９９人",
        ["source"] = "web_form", ["externalId"] = "webform-2026-000123",
        ["fields"] = new JsonObject { ["問い合わせ種別"] = "資料請求", ["セミナー参加"] = true },
    });

    public static readonly RequestExample German = new("german", "A German trade-fair lead", new JsonObject
    {
        ["email"] = "jonas.becker@example.de", ["firstName"] = "Jonas", ["lastName"] = "Becker", ["company"] = "Becker Maschinenbau GmbH",
        ["title"] = "Vertriebsleiter", ["country"] = "DE", ["region"] = "Bayern", ["city"] = "München", ["industry"] = "Maschinenbau",
        ["employees"] = 250, ["dealSize"] = 48000, ["source"] = "messe",
        ["fields"] = new JsonObject { ["Produktlinie"] = "Lead-Zuweisung", ["Kaufbereitschaft"] = "hoch" },
    });
}
