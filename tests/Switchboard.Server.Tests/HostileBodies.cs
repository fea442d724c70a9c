using System.Text;

namespace Switchboard.Server.Tests;

/// <summary>
/// Hostile JSON members to splice into an otherwise sensible body, written as text where «xx» stands for the
/// raw byte 0xxx (so invalid UTF-8 can be spelled out), and the write endpoints with a place to splice them.
/// </summary>
public static class HostileBodies
{
    public static readonly (string Name, string Members)[] Variants =
    [
        ("an escaped lone high surrogate in a name", "\"\\ud800x\":1"),
        ("an escaped lone low surrogate in a value", "\"a\":\"\\udc00\""),
        ("a reversed surrogate pair in a value", "\"a\":\"\\udc00\\ud800\""),
        ("a high surrogate at the end of a value", "\"a\":\"ok\\ud83d\""),
        ("invalid UTF-8 in a name", "\"«ff»\":1"),
        ("invalid UTF-8 in a value", "\"a\":\"«c3»(\""),
        ("an encoded surrogate in a name", "\"«ed»«a0»«80»\":1"),
        ("an encoded surrogate in a value", "\"a\":\"«ed»«b0»«80»\""),
        ("an overlong encoding in a value", "\"a\":\"«c0»«80»\""),
        ("a cut multi-byte sequence in a value", "\"a\":\"«e2»«82»\""),
        ("a NUL in a value", "\"a\":\"x\\u0000y\""),
        ("a NUL in a name", "\"x\\u0000\":1"),
        ("a duplicate name", "\"a\":1,\"a\":2"),
        ("a duplicate name with different escapes", "\"a\":1,\"\\u0061\":2"),
        ("nesting 40 levels deep", "\"a\":" + new string('[', 40) + new string(']', 40)),
        ("a name of 300 characters", "\"" + new string('n', 300) + "\":1"),
        ("a value of 66,000 characters", "\"a\":\"" + new string('v', 66_000) + "\""),
        ("a document cut short", "\"a\":"),
    ];

    /// <summary>Method, path and body with MEMBERS where the hostile members go ({lead} is an existing lead's id).</summary>
    public static readonly (string Method, string Path, string Body)[] Endpoints =
    [
        ("POST", "/api/leads", "{MEMBERS}"),
        ("POST", "/api/leads", """{"email":"a@b.c","fields":{MEMBERS}}"""),
        ("PATCH", "/api/leads/{lead}", "{MEMBERS}"),
        ("PATCH", "/api/leads/{lead}", """{"fields":{MEMBERS}}"""),
        ("POST", "/api/leads/{lead}/assign", "{MEMBERS}"),
        ("POST", "/api/leads/{lead}/reject", "{MEMBERS}"),
        ("POST", "/api/leads/{lead}/stage", "{MEMBERS}"),
        ("POST", "/api/leads/{lead}/touch", "{MEMBERS}"),
        ("POST", "/api/leads/{lead}/claim", "{MEMBERS}"),
        ("POST", "/api/leads/{lead}/convert", "{MEMBERS}"),
        ("POST", "/api/leads/{lead}/events", """{"type":"email_open","properties":{MEMBERS}}"""),
        ("POST", "/api/events", """[{"leadId":"{lead}","type":"email_open","properties":{MEMBERS}}]"""),
        ("PUT", "/api/config", "{MEMBERS}"),
        ("PUT", "/api/config", """{"pools":[{MEMBERS}]}"""),
        ("PUT", "/api/settings", "{MEMBERS}"),
        ("PUT", "/api/scoring", "{MEMBERS}"),
        ("PUT", "/api/lead-stages", "[{MEMBERS}]"),
        ("POST", "/api/pools", "{MEMBERS}"),
        ("PUT", "/api/pools/inbound", "{MEMBERS}"),
        ("PATCH", "/api/pools/inbound", "{MEMBERS}"),
        ("PATCH", "/api/reps/r1", "{MEMBERS}"),
        ("PUT", "/api/forms/demo-request", """{"id":"demo-request","fields":[{MEMBERS}]}"""),
        ("PUT", "/api/accounts/acme", "{MEMBERS}"),
        ("PUT", "/api/reps/r1/status", "{MEMBERS}"),
        ("POST", "/api/keys", "{MEMBERS}"),
        ("POST", "/f/demo-request", "{MEMBERS}"),
    ];

    /// <summary>The body's bytes: UTF-8, except that «xx» is the raw byte 0xxx.</summary>
    public static byte[] Bytes(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '«' && i + 3 < text.Length && text[i + 3] == '»')
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 3;
            }
            else bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
        }
        return [.. bytes];
    }
}
