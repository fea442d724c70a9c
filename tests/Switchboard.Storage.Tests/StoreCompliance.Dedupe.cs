using System.Text.Json.Nodes;
using Switchboard.Engine.Intake;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    private static Lead WithPhone(string id, string phone, string? country, string status = LeadStatus.Assigned)
    {
        var lead = TestLeads.Simple(id, status: status);
        lead.Data["phone"] = phone;
        if (country is not null) lead.Data["country"] = country;
        return lead;
    }

    [StoreFact]
    public async Task A_duplicate_is_found_by_phone_in_e164_whatever_the_formatting()
    {
        await InsertAsync(WithPhone("jp", "090-1234-5678", "日本"), WithPhone("kr", "010-9876-5432", "대한민국"));

        await using var tx = await Store.BeginRoutingAsync();
        Assert.Equal("jp", await tx.FindOpenDuplicateAsync(new ContactMatch(null, null, "+819012345678")));
        Assert.Equal("kr", await tx.FindOpenDuplicateAsync(new ContactMatch(null, null, "+821098765432")));
        Assert.Null(await tx.FindOpenDuplicateAsync(new ContactMatch(null, null, "+81312345678")));
    }

    [StoreFact]
    public async Task A_duplicate_prefers_external_id_then_email_then_phone()
    {
        var byPhone = WithPhone("by-phone", "+49 30 1234567", null);
        var byEmail = TestLeads.Simple("by-email", email: "Anna@Example.DE", status: LeadStatus.Queued);
        var byExternalId = TestLeads.Simple("by-external-id", externalId: "crm-1");
        await InsertAsync(byExternalId, byEmail, byPhone);

        await using var tx = await Store.BeginRoutingAsync();
        Assert.Equal("by-external-id", await tx.FindOpenDuplicateAsync(new ContactMatch("crm-1", "anna@example.de", "+49301234567")));
        Assert.Equal("by-email", await tx.FindOpenDuplicateAsync(new ContactMatch("crm-2", "anna@example.de", "+49301234567")));
        Assert.Equal("by-phone", await tx.FindOpenDuplicateAsync(new ContactMatch(null, "nobody@example.de", "+49301234567")));
        Assert.Null(await tx.FindOpenDuplicateAsync(new ContactMatch(null, null, null)));
    }

    [StoreFact]
    public async Task A_closed_lead_is_never_a_duplicate()
    {
        await InsertAsync(
            WithPhone("converted", "+81 90 1234 5678", "JP", LeadStatus.Converted),
            TestLeads.Simple("disqualified", email: "x@example.jp", status: LeadStatus.Disqualified),
            TestLeads.Simple("recycled", externalId: "crm-9", status: LeadStatus.Recycled));

        await using var tx = await Store.BeginRoutingAsync();
        Assert.Null(await tx.FindOpenDuplicateAsync(new ContactMatch("crm-9", "x@example.jp", "+819012345678")));
    }

    [StoreFact]
    public async Task An_updated_phone_moves_the_lead_to_its_new_key()
    {
        var lead = WithPhone("moving", "03-1234-5678", "JP");
        await InsertAsync(lead);
        await using (var tx = await Store.BeginRoutingAsync())
        {
            lead.Data["phone"] = "06-1234-5678";
            await tx.UpdateLeadsAsync([lead]);
            await tx.CommitAsync();
        }

        await using var check = await Store.BeginRoutingAsync();
        Assert.Null(await check.FindOpenDuplicateAsync(new ContactMatch(null, null, "+81312345678")));
        Assert.Equal("moving", await check.FindOpenDuplicateAsync(new ContactMatch(null, null, "+81612345678")));
        Assert.Equal("06-1234-5678", (await Store.GetLeadAsync("moving"))!.Data["phone"]!.GetValue<string>());
    }

    [StoreFact]
    public async Task Merge_idempotency_keys_are_found_and_unique()
    {
        await InsertAsync(TestLeads.Simple("merged-into"));
        await using (var tx = await Store.BeginRoutingAsync())
        {
            await tx.AddMergeKeysAsync([new MergeKey("retry-1", "merged-into")], TestLeads.T0);
            await tx.CommitAsync();
        }

        await using var again = await Store.BeginRoutingAsync();
        Assert.Equal("merged-into", await again.FindMergedLeadIdByIdempotencyKeyAsync("retry-1"));
        Assert.Null(await again.FindMergedLeadIdByIdempotencyKeyAsync("retry-2"));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => again.AddMergeKeysAsync([new MergeKey("retry-1", "merged-into")], TestLeads.T0));
    }
}
