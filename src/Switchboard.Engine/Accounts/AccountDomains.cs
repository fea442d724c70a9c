namespace Switchboard.Engine.Accounts;

/// <summary>
/// Domains in matching form, the domain of an email address or a website, and the free-mail domains that
/// never identify a company.
/// </summary>
internal static class AccountDomains
{
    /// <summary>Free-mail providers (Korean, Japanese, German, Chinese, international): never an account's domain.</summary>
    public static readonly IReadOnlySet<string> FreeMail = new HashSet<string>(StringComparer.Ordinal)
    {
        "gmail.com", "googlemail.com", "outlook.com", "hotmail.com", "live.com", "msn.com", "icloud.com", "me.com", "aol.com",
        "yahoo.com", "proton.me", "protonmail.com", "mail.com", "zoho.com",
        "naver.com", "daum.net", "hanmail.net", "kakao.com", "nate.com",
        "yahoo.co.jp", "docomo.ne.jp", "ezweb.ne.jp", "au.com", "softbank.ne.jp", "i.softbank.jp",
        "gmx.de", "gmx.net", "web.de", "t-online.de", "freenet.de",
        "qq.com", "163.com", "126.com", "sina.com", "yeah.net",
    };

    /// <summary>Trimmed, lower-cased, without a trailing dot; null when blank.</summary>
    public static string? Normalize(string? domain)
    {
        var trimmed = domain?.Trim().TrimEnd('.').ToLowerInvariant();
        return string.IsNullOrEmpty(trimmed) ? null : trimmed;
    }

    /// <summary>A plausible domain: labels of letters, digits and hyphens separated by dots, at least two labels.</summary>
    public static bool IsValid(string domain)
    {
        var labels = domain.Split('.');
        return labels.Length >= 2 && domain.Length <= 253
            && labels.All(label => label.Length is > 0 and <= 63 && label[0] != '-' && label[^1] != '-' && label.All(c => char.IsLetterOrDigit(c) || c == '-'));
    }

    public static string? OfEmail(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        return at < 0 ? null : Normalize(email![(at + 1)..]);
    }

    /// <summary>The host of a website ("https://www.acme.co.jp/contact", "acme.co.jp").</summary>
    public static string? OfWebsite(string? website)
    {
        if (string.IsNullOrWhiteSpace(website)) return null;
        var text = website.Trim();
        if (!text.Contains("://", StringComparison.Ordinal)) text = "http://" + text;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) ? Normalize(uri.Host) : null;
    }

    /// <summary>The domain and each parent domain of it with at least two labels: a.b.acme.co.jp, b.acme.co.jp, acme.co.jp, co.jp.</summary>
    public static IEnumerable<string> SelfAndParents(string domain)
    {
        for (var current = domain; current.Contains('.'); current = current[(current.IndexOf('.') + 1)..])
            yield return current;
    }
}
