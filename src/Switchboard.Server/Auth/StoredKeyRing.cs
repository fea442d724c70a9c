using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;
using NodaTime;
using Switchboard.Storage;

namespace Switchboard.Server.Auth;

/// <summary>
/// The data-protection key ring kept in the database instead of the process's home directory: sign-in cookies and
/// anti-forgery tokens stay valid across restarts (a container's home is gone with it) and between every process on
/// one PostgreSQL. Data protection asks rarely (it caches the ring, refreshing about daily) and synchronously.
/// </summary>
public sealed class StoredKeyRing(ISwitchboardStore store, IClock clock) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements() =>
        [.. store.ListRingKeysAsync().GetAwaiter().GetResult().Select(xml => XElement.Parse(xml))];

    public void StoreElement(XElement element, string friendlyName) =>
        store.AddRingKeyAsync(friendlyName, element.ToString(SaveOptions.DisableFormatting), clock.GetCurrentInstant()).GetAwaiter().GetResult();

    /// <summary>Data protection for Switchboard: one application name for every process, the ring in the database.</summary>
    public static void AddTo(IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("switchboard");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(provider => new ConfigureOptions<KeyManagementOptions>(options =>
            options.XmlRepository = new StoredKeyRing(provider.GetRequiredService<ISwitchboardStore>(), provider.GetRequiredService<IClock>())));
    }
}
