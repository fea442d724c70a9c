using System.Net.Http.Headers;
using System.Text;
using Switchboard.Storage;

namespace Switchboard.Server.Delivery;

/// <summary>POSTs a JSON body; a non-success status is a failed delivery.</summary>
public static class HttpPost
{
    public const string ClientName = "delivery";

    public static async Task SendAsync(IHttpClientFactory clients, OutboxItem message, string url, string body,
        Action<HttpRequestHeaders>? headers, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(DeliveryHeaders.MessageId, message.MessageId);
        request.Headers.Add(DeliveryHeaders.Idempotency, message.MessageId);
        headers?.Invoke(request.Headers);
        using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"{url} answered {(int)response.StatusCode} {response.ReasonPhrase}", null, response.StatusCode);
    }
}
