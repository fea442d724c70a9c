using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace Switchboard.Web.Tests;

/// <summary>A bUnit context with what the console's components need: their words, MudBlazor, a permissive browser.</summary>
public abstract class ComponentTest : BunitContext
{
    protected ComponentTest()
    {
        Services.AddLocalization();
        Services.AddMudServices();
        JSInterop.Mode = JSRuntimeMode.Loose;
    }
}
