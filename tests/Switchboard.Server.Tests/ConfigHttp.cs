namespace Switchboard.Server.Tests;

/// <summary>Configuration requests with If-Match and a change note, and the history's length.</summary>
public static class ConfigHttp
{
    public static Task<HttpResponseMessage> Send(this HttpClient client, HttpMethod method, string url, string? json = null,
        string? ifMatch = null, string? note = null)
    {
        var request = new HttpRequestMessage(method, url) { Content = json is null ? null : HttpJson.Body(json) };
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        if (note is not null) request.Headers.Add("X-Change-Note", note);
        return client.SendAsync(request);
    }

    public static async Task<int> VersionCount(this HttpClient client) =>
        (await (await client.GetAsync("/api/config/versions")).Json())["items"]!.AsArray().Count;

    public static string? ETagOf(this HttpResponseMessage response) => response.Headers.ETag?.Tag;
}
