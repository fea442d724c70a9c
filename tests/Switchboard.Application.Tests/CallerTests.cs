using System.Security.Claims;
using Switchboard.Application.Routing;

namespace Switchboard.Application.Tests;

public class CallerTests
{
    private static ClaimsPrincipal Principal(string role, string? rep = null)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, "kim@example.kr"), new(ClaimTypes.Role, role) };
        if (rep is not null) claims.Add(new Claim(Caller.RepClaim, rep));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "test"));
    }

    [Fact]
    public void a_rep_principal_is_a_caller_bound_to_its_rep()
    {
        Assert.Equal(new Caller("kim@example.kr", "kim"), Caller.Of(Principal("rep", "kim")));
    }

    [Fact]
    public void a_rep_principal_without_its_rep_claim_acts_on_no_ones_leads()
    {
        var caller = Caller.Of(Principal("rep"));

        Assert.False(caller.MayActOn("kim"));
        Assert.False(caller.MayActOn(null));
    }

    [Fact]
    public void a_manager_principal_acts_on_every_lead()
    {
        Assert.True(Caller.Of(Principal("manager")).MayActOn("kim"));
    }
}
