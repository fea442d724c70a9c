using MudBlazor;

namespace Switchboard.Web.Layout;

/// <summary>The console's colours and type: MudBlazor's defaults with a darker primary (contrast ≥ 4.5:1 on white) and
/// fonts that exist offline (no web font is fetched), CJK falling back to the system's Noto.</summary>
public static class ConsoleTheme
{
    private static readonly string[] Fonts = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Noto Sans", "Noto Sans CJK KR", "Noto Sans CJK JP", "sans-serif"];

    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight { Primary = "#1e4fa3", AppbarBackground = "#1e4fa3" },
        Typography = new Typography { Default = new DefaultTypography { FontFamily = Fonts } },
    };
}
