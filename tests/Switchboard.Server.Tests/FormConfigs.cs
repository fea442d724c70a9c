namespace Switchboard.Server.Tests;

/// <summary>Configurations with SPEC's demo-request web form, written as a user would PUT them.</summary>
public static class FormConfigs
{
    public const string DemoRequestForm = """
        {"id":"demo-request","name":"導入相談フォーム","language":"ja","honeypot":"website_url",
         "fields":[{"key":"email","label":"メールアドレス","type":"email","required":true,"mapsTo":"email"},
                   {"key":"pref","label":"都道府県","type":"select","options":["北海道","東京都"],"mapsTo":"region"},
                   {"key":"timing","label":"導入検討時期","type":"select","options":["3カ月以内","未定"],"mapsTo":"fields.導入検討時期"}],
         "thankYou":"お問い合わせありがとうございました。","redirect":null}
        """;

    /// <summary>The form plus Hot Profile's workflow: a form submission goes on the approach list and to the inbound pool; 北海道 → sato first.</summary>
    public static string WithForms(string forms = DemoRequestForm) => $$"""
        {"settings":{"fallbackPool":null,"dedupe":"merge"},
         "reps":[{{TestConfigs.Reps("r1", "r2", "sato")}}],
         "pools":[{"id":"inbound","name":"Inbound","members":[{"repId":"r1"},{"repId":"r2"}]}],
         "lists":[{"id":"approach","name":"営業アプローチリスト"}],
         "forms":[{{forms}}],
         "workflows":[
           {"id":"hokkaido","priority":10,"trigger":{"type":"lead.created"},
            "conditions":{"all":[{"field":"region","op":"contains","value":"北海道"}]},
            "actions":[{"type":"assign","rep":"sato"}]},
           {"id":"web-form","priority":20,"trigger":{"type":"form.submitted","formId":"demo-request"},
            "actions":[{"type":"add_to_list","list":"approach"},{"type":"assign","pool":"inbound"}]}]}
        """;

    public static FormUrlEncodedContent Encoded(params (string Key, string Value)[] pairs) =>
        new(pairs.Select(p => new KeyValuePair<string, string>(p.Key, p.Value)));
}
