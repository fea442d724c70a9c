using System.Globalization;

namespace Switchboard.Web.Tests;

public sealed class ReconnectNoticeTests : ComponentTest
{
    [Fact]
    public void the_notice_is_the_element_blazor_shows_when_the_connection_drops()
    {
        Assert.NotNull(Render<ReconnectNotice>().Find("#components-reconnect-modal [role=alertdialog]"));
    }

    [Fact]
    public void a_dropped_connection_offers_retry_and_reload_in_the_viewers_language()
    {
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ja");
        var notice = Render<ReconnectNotice>();
        Assert.Equal("サーバーとの接続が切れました。再接続しています…", notice.Find(".retrying").TextContent);
        Assert.Equal("再試行", notice.Find("[data-reconnect=retry]").TextContent);
        Assert.Equal("再読み込み", notice.Find("[data-reconnect=reload]").TextContent);
    }
}
