namespace Switchboard.Server.Apis.Forms;

/// <summary>The words of a public form page and its messages, in the form's language (ja, ko, de, en; anything else gets en).</summary>
public sealed record FormTexts(
    string Required, string Email, string Number, string Option, string OneValue, string TooLong, string Invalid,
    string Summary, string Submit, string Choose, string RequiredMark, string ThankYou, string NotFound, string TooMany)
{
    private static readonly FormTexts English = new(
        Required: "This field is required.",
        Email: "Enter a valid email address, like name@example.com.",
        Number: "Enter a number.",
        Option: "Choose one of the listed options.",
        OneValue: "Enter only one value.",
        TooLong: "Use at most {0} characters.",
        Invalid: "This value is not valid.",
        Summary: "Please check the highlighted fields.",
        Submit: "Send",
        Choose: "Please choose",
        RequiredMark: "required",
        ThankYou: "Thank you! Your request was received.",
        NotFound: "This form does not exist (any more).",
        TooMany: "Too many submissions from your network. Please try again in a minute.");

    private static readonly Dictionary<string, FormTexts> ByLanguage = new(StringComparer.OrdinalIgnoreCase)
    {
        ["en"] = English,
        ["ja"] = new(
            Required: "必須項目です。入力してください。",
            Email: "メールアドレスの形式が正しくありません（例: name@example.co.jp）。",
            Number: "数値を入力してください。",
            Option: "選択肢の中から選んでください。",
            OneValue: "値は1つだけ入力してください。",
            TooLong: "{0}文字以内で入力してください。",
            Invalid: "入力値が正しくありません。",
            Summary: "入力内容をご確認ください。",
            Submit: "送信する",
            Choose: "選択してください",
            RequiredMark: "必須",
            ThankYou: "送信が完了しました。ありがとうございました。",
            NotFound: "このフォームは存在しません。",
            TooMany: "送信回数が多すぎます。しばらくしてから再度お試しください。"),
        ["ko"] = new(
            Required: "필수 항목입니다. 입력해 주세요.",
            Email: "올바른 이메일 주소를 입력해 주세요 (예: name@example.kr).",
            Number: "숫자를 입력해 주세요.",
            Option: "목록에서 선택해 주세요.",
            OneValue: "값을 하나만 입력해 주세요.",
            TooLong: "{0}자 이내로 입력해 주세요.",
            Invalid: "입력값이 올바르지 않습니다.",
            Summary: "입력 내용을 확인해 주세요.",
            Submit: "보내기",
            Choose: "선택하세요",
            RequiredMark: "필수",
            ThankYou: "제출되었습니다. 감사합니다.",
            NotFound: "이 양식은 존재하지 않습니다.",
            TooMany: "제출 횟수가 너무 많습니다. 잠시 후 다시 시도해 주세요."),
        ["de"] = new(
            Required: "Dieses Feld ist ein Pflichtfeld.",
            Email: "Bitte geben Sie eine gültige E-Mail-Adresse ein (z. B. name@example.de).",
            Number: "Bitte geben Sie eine Zahl ein.",
            Option: "Bitte wählen Sie einen der angebotenen Werte.",
            OneValue: "Bitte geben Sie nur einen Wert ein.",
            TooLong: "Bitte höchstens {0} Zeichen eingeben.",
            Invalid: "Dieser Wert ist ungültig.",
            Summary: "Bitte prüfen Sie die markierten Felder.",
            Submit: "Absenden",
            Choose: "Bitte wählen",
            RequiredMark: "Pflichtfeld",
            ThankYou: "Vielen Dank! Ihre Anfrage ist eingegangen.",
            NotFound: "Dieses Formular gibt es nicht (mehr).",
            TooMany: "Zu viele Anfragen aus Ihrem Netz. Bitte versuchen Sie es in einer Minute erneut."),
    };

    /// <summary>The texts for a language tag by its primary subtag ("ja-JP" → ja); English when there are none.</summary>
    public static FormTexts For(string? language)
    {
        var primary = (language ?? "").Split('-')[0];
        return ByLanguage.GetValueOrDefault(primary, English);
    }
}
