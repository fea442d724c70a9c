using Switchboard.Server.Hosting;

var builder = WebApplication.CreateBuilder(SwitchboardHost.HostArgs(args));
builder.AddSwitchboard();

var app = builder.Build();
app.UseSwitchboard();
app.MapSwitchboardApis();

app.Run();

/// <summary>Entry point marker for WebApplicationFactory in tests.</summary>
public partial class Program;
