using Switchboard.Engine.Messages;
using Switchboard.Engine.Model;
using Switchboard.Storage;

namespace Switchboard.Application.People;

/// <summary>The emails that carry an invitation or reset link, in the person's language.</summary>
internal static class LinkEmails
{
    private sealed record Text(string Subject, string Body);

    // {0}: the person's name, {1}: the link.
    private static readonly Dictionary<(string Kind, string Language), Text> Texts = new()
    {
        [(TokenKinds.Invite, "en")] = new("You are invited to Switchboard",
            "Hello {0},\n\nyou have been invited to Switchboard. Choose your password here (the link works once, for 7 days):\n\n{1}\n"),
        [(TokenKinds.Invite, "ko")] = new("Switchboard 초대",
            "{0}님, 안녕하세요.\n\nSwitchboard에 초대되었습니다. 아래 링크에서 비밀번호를 설정하세요 (7일 동안 한 번만 사용할 수 있습니다):\n\n{1}\n"),
        [(TokenKinds.Invite, "ja")] = new("Switchboard へのご招待",
            "{0} 様\n\nSwitchboard に招待されました。次のリンクからパスワードを設定してください（有効期限 7 日、1 回のみ使用できます）:\n\n{1}\n"),
        [(TokenKinds.Invite, "de")] = new("Einladung zu Switchboard",
            "Hallo {0},\n\nSie wurden zu Switchboard eingeladen. Legen Sie hier Ihr Passwort fest (der Link gilt 7 Tage und nur einmal):\n\n{1}\n"),
        [(TokenKinds.Reset, "en")] = new("Reset your Switchboard password",
            "Hello {0},\n\nsomeone asked to reset your Switchboard password. Choose a new one here (the link works once, for 1 hour):\n\n{1}\n\nIf it was not you, ignore this email.\n"),
        [(TokenKinds.Reset, "ko")] = new("Switchboard 비밀번호 재설정",
            "{0}님, 안녕하세요.\n\nSwitchboard 비밀번호 재설정이 요청되었습니다. 아래 링크에서 새 비밀번호를 설정하세요 (1시간 동안 한 번만 사용할 수 있습니다):\n\n{1}\n\n본인이 요청하지 않았다면 이 메일을 무시하세요.\n"),
        [(TokenKinds.Reset, "ja")] = new("Switchboard パスワードの再設定",
            "{0} 様\n\nSwitchboard のパスワード再設定が依頼されました。次のリンクから新しいパスワードを設定してください（有効期限 1 時間、1 回のみ使用できます）:\n\n{1}\n\nお心当たりがない場合は、このメールを無視してください。\n"),
        [(TokenKinds.Reset, "de")] = new("Switchboard-Passwort zurücksetzen",
            "Hallo {0},\n\njemand hat das Zurücksetzen Ihres Switchboard-Passworts angefordert. Legen Sie hier ein neues fest (der Link gilt 1 Stunde und nur einmal):\n\n{1}\n\nWaren Sie das nicht, ignorieren Sie diese E-Mail.\n"),
    };

    public static OutgoingMessage For(string kind, UserRecord user, string link)
    {
        var text = Texts.GetValueOrDefault((kind, user.Language)) ?? Texts[(kind, UserLanguages.Default)];
        return OutgoingMessages.Email([user.Email], text.Subject, string.Format(text.Body, user.Name, link), leadId: null);
    }
}
