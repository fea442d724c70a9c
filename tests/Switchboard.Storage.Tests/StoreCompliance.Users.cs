using System.Text.Json.Nodes;
using NodaTime;
using Switchboard.Engine.Model;

namespace Switchboard.Storage.Tests;

public abstract partial class StoreCompliance
{
    private static UserRecord Person(string id, string email, string role = "manager", string? repId = null) => new()
    {
        Id = id, Email = email, Name = "김민지 " + id, Role = role, RepId = repId, Language = "ko", TimeZone = "Asia/Seoul",
        CreatedAt = TestLeads.T0.PlusTicks(id.GetHashCode() & 0xFFFF),
    };

    [StoreFact]
    public async Task Users_are_created_read_by_id_and_by_email_in_any_case_and_listed()
    {
        var minji = Person("usr_1", "Minji.Kim@Example.kr", "rep", "rep-minji") with { PasswordHash = "hash" };
        await Store.CreateUserAsync(minji);

        Assert.Equal(minji, await Store.GetUserAsync("usr_1"));
        Assert.Equal(minji, await Store.FindUserByEmailAsync("minji.kim@EXAMPLE.KR"));
        Assert.Null(await Store.FindUserByEmailAsync("someone@example.kr"));
        Assert.Equal([minji], await Store.ListUsersAsync());
    }

    [StoreFact]
    public async Task An_email_is_taken_whatever_its_case()
    {
        await Store.CreateUserAsync(Person("usr_1", "hans@example.de"));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.CreateUserAsync(Person("usr_2", "HANS@example.de")));
        await Store.CreateUserAsync(Person("usr_3", "sato@example.jp"));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.UpdateUserAsync(Person("usr_3", "Hans@Example.de")));
        Assert.Equal("sato@example.jp", (await Store.GetUserAsync("usr_3"))!.Email);
    }

    [StoreFact]
    public async Task Updating_a_user_changes_its_profile_but_not_its_password()
    {
        await Store.CreateUserAsync(Person("usr_1", "sato@example.jp") with { PasswordHash = "secret" });
        var changed = Person("usr_1", "Sato@example.jp", "rep", "rep-sato") with { Name = "佐藤", Language = "ja", TimeZone = "Asia/Tokyo" };

        Assert.Equal(UserWrite.Saved, await Store.UpdateUserAsync(changed with { PasswordHash = null }));
        Assert.Equal(changed with { PasswordHash = "secret" }, await Store.GetUserAsync("usr_1"));
        Assert.Equal(UserWrite.NotFound, await Store.UpdateUserAsync(Person("usr_9", "nobody@example.jp")));
    }

    [StoreFact]
    public async Task The_last_admin_can_be_neither_demoted_nor_deleted()
    {
        await Store.CreateUserAsync(Person("usr_1", "a@example.com", "admin"));
        Assert.Equal(UserWrite.LastAdmin, await Store.UpdateUserAsync(Person("usr_1", "a@example.com", "manager")));
        Assert.Equal(UserWrite.LastAdmin, await Store.DeleteUserAsync("usr_1"));

        await Store.CreateUserAsync(Person("usr_2", "b@example.com", "admin"));
        Assert.Equal(UserWrite.Saved, await Store.DeleteUserAsync("usr_1"));
        Assert.Equal(UserWrite.NotFound, await Store.DeleteUserAsync("usr_1"));
        Assert.Equal(UserWrite.LastAdmin, await Store.DeleteUserAsync("usr_2"));
        Assert.Equal(["usr_2"], (await Store.ListUsersAsync()).Select(u => u.Id));
    }

    [StoreFact]
    public async Task Failed_sign_ins_lock_the_user_at_the_limit_and_a_new_password_unlocks_it()
    {
        await Store.CreateUserAsync(Person("usr_1", "a@example.com"));
        var until = TestLeads.T0 + Duration.FromMinutes(15);

        Assert.Equal((1, (Instant?)null), Lockout(await Store.RecordFailedSignInAsync("usr_1", 3, until)));
        Assert.Equal((2, (Instant?)null), Lockout(await Store.RecordFailedSignInAsync("usr_1", 3, until)));
        Assert.Equal((0, (Instant?)until), Lockout(await Store.RecordFailedSignInAsync("usr_1", 3, until)));
        Assert.Null(await Store.RecordFailedSignInAsync("usr_9", 3, until));

        Assert.True(await Store.SetPasswordAsync("usr_1", "new hash"));
        var user = await Store.GetUserAsync("usr_1");
        Assert.Equal(("new hash", 0, (Instant?)null), (user!.PasswordHash, user.FailedAttempts, user.LockedUntil));
        Assert.False(await Store.SetPasswordAsync("usr_9", "x"));
    }

    [StoreFact]
    public async Task A_successful_sign_in_clears_the_failed_attempts()
    {
        await Store.CreateUserAsync(Person("usr_1", "a@example.com"));
        await Store.RecordFailedSignInAsync("usr_1", 5, TestLeads.T0);
        await Store.ClearFailedSignInsAsync("usr_1");
        Assert.Equal(0, (await Store.GetUserAsync("usr_1"))!.FailedAttempts);
    }

    [StoreFact]
    public async Task A_token_is_used_once_and_never_after_it_expires()
    {
        var expires = TestLeads.T0 + Duration.FromHours(1);
        var token = new OneTimeToken("h1", TokenKinds.Reset, "usr_1", TestLeads.T0, expires);
        await Store.SaveTokenAsync(token);
        await Store.SaveTokenAsync(token with { Hash = "h2" });
        Assert.Equal(token, await Store.FindTokenAsync("h1"));

        Assert.True(await Store.UseTokenAsync("h1", TestLeads.T0));
        Assert.False(await Store.UseTokenAsync("h1", TestLeads.T0));
        Assert.Equal(TestLeads.T0, (await Store.FindTokenAsync("h1"))!.UsedAt);
        Assert.False(await Store.UseTokenAsync("h2", expires));
        Assert.False(await Store.UseTokenAsync("unknown", TestLeads.T0));
        await Assert.ThrowsAsync<DuplicateKeyException>(() => Store.SaveTokenAsync(token));
    }

    [StoreFact]
    public async Task A_token_saved_with_its_email_puts_the_email_in_the_outbox_too()
    {
        var email = new OutgoingMessage(Channels.Email, null, new JsonObject { ["to"] = new JsonArray("kim@example.kr"), ["subject"] = "초대" });
        await Store.SaveTokenAsync(new OneTimeToken("h1", TokenKinds.Invite, "usr_1", TestLeads.T0, TestLeads.T0 + Duration.FromDays(7)), email);

        var message = Assert.Single(await Store.ListOutboxAsync("pending", 10));
        Assert.Equal((Channels.Email, null, "초대"), (message.Channel, message.LeadId, message.Payload["subject"]!.GetValue<string>()));
        await Assert.ThrowsAsync<DuplicateKeyException>(() =>
            Store.SaveTokenAsync(new OneTimeToken("h1", TokenKinds.Invite, "usr_1", TestLeads.T0, TestLeads.T0), email));
        Assert.Single(await Store.ListOutboxAsync("pending", 10));
    }

    [StoreFact]
    public async Task Deleting_a_user_deletes_its_tokens()
    {
        await Store.CreateUserAsync(Person("usr_1", "a@example.com"));
        await Store.SaveTokenAsync(new OneTimeToken("h1", TokenKinds.Invite, "usr_1", TestLeads.T0, TestLeads.T0 + Duration.FromDays(7)));
        await Store.DeleteUserAsync("usr_1");
        Assert.Null(await Store.FindTokenAsync("h1"));
    }

    private static (int, Instant?) Lockout(UserRecord? user) => (user!.FailedAttempts, user.LockedUntil);
}
