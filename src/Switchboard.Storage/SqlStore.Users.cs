using Dapper;
using NodaTime;
using Switchboard.Engine.Model;
using Switchboard.Storage.Rows;

namespace Switchboard.Storage;

// People and their one-time links. Changes that could remove the last admin run under the People lock.
public abstract partial class SqlStore
{
    private const string AdminRole = "admin";

    public async Task CreateUserAsync(UserRecord user, CancellationToken ct = default)
    {
        try
        {
            await ExecuteAsync(
                "INSERT INTO users (id, email, email_key, name, role, rep_id, language, time_zone, password_hash, failed_attempts, locked_until, created_at) " +
                "VALUES (@Id, @Email, @EmailKey, @Name, @Role, @RepId, @Language, @TimeZone, @PasswordHash, @FailedAttempts, @LockedUntil, @CreatedAt)",
                UserRow.From(user), ct);
        }
        catch (Exception error) when (IsDuplicateKey(error))
        {
            throw new DuplicateKeyException($"a user with the id '{user.Id}' or the email '{user.Email}' already exists", error);
        }
    }

    public async Task<UserRecord?> GetUserAsync(string id, CancellationToken ct = default) =>
        (await QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserRow.Columns} FROM users WHERE id = @id", new { id }, ct))?.ToRecord();

    public async Task<UserRecord?> FindUserByEmailAsync(string email, CancellationToken ct = default) =>
        (await QuerySingleOrDefaultAsync<UserRow>($"SELECT {UserRow.Columns} FROM users WHERE email_key = @key", new { key = UserRow.Key(email) }, ct))
            ?.ToRecord();

    public async Task<IReadOnlyList<UserRecord>> ListUsersAsync(CancellationToken ct = default) =>
        (await QueryAsync<UserRow>($"SELECT {UserRow.Columns} FROM users ORDER BY created_at, id", null, ct)).Select(row => row.ToRecord()).ToList();

    public async Task<UserWrite> UpdateUserAsync(UserRecord user, CancellationToken ct = default)
    {
        await using var session = await BeginWriteAsync(WriteLock.People, ct);
        var outcome = await AdminCheckAsync(session, user.Id, user.Role != AdminRole, ct);
        if (outcome != UserWrite.Saved) return outcome;
        try
        {
            await session.Connection.ExecuteAsync(new CommandDefinition(
                "UPDATE users SET email = @Email, email_key = @EmailKey, name = @Name, role = @Role, rep_id = @RepId, " +
                "language = @Language, time_zone = @TimeZone WHERE id = @Id",
                UserRow.From(user), session.Transaction, cancellationToken: ct));
        }
        catch (Exception error) when (IsDuplicateKey(error))
        {
            throw new DuplicateKeyException($"another user has the email '{user.Email}'", error);
        }
        await session.CommitAsync(ct);
        return UserWrite.Saved;
    }

    public async Task<UserWrite> DeleteUserAsync(string id, CancellationToken ct = default)
    {
        await using var session = await BeginWriteAsync(WriteLock.People, ct);
        var outcome = await AdminCheckAsync(session, id, losesAdmin: true, ct);
        if (outcome != UserWrite.Saved) return outcome;
        await session.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM user_tokens WHERE user_id = @id", new { id }, session.Transaction, cancellationToken: ct));
        await session.Connection.ExecuteAsync(new CommandDefinition(
            "DELETE FROM users WHERE id = @id", new { id }, session.Transaction, cancellationToken: ct));
        await session.CommitAsync(ct);
        return UserWrite.Saved;
    }

    /// <summary>Whether the user exists and, when the change takes the admin role away from it, another admin remains.</summary>
    private static async Task<UserWrite> AdminCheckAsync(WriteSession session, string id, bool losesAdmin, CancellationToken ct)
    {
        var role = await session.Connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT role FROM users WHERE id = @id", new { id }, session.Transaction, cancellationToken: ct));
        if (role is null) return UserWrite.NotFound;
        if (!losesAdmin || role != AdminRole) return UserWrite.Saved;
        var admins = await session.Connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM users WHERE role = @role", new { role = AdminRole }, session.Transaction, cancellationToken: ct));
        return admins > 1 ? UserWrite.Saved : UserWrite.LastAdmin;
    }

    public async Task<bool> SetPasswordAsync(string id, string passwordHash, CancellationToken ct = default) =>
        await WriteAsync("UPDATE users SET password_hash = @passwordHash, failed_attempts = 0, locked_until = NULL WHERE id = @id",
            new { id, passwordHash }, ct) > 0;

    public async Task<UserRecord?> RecordFailedSignInAsync(string id, int lockAfter, Instant lockUntil, CancellationToken ct = default)
    {
        var rows = await WriteQueryAsync<UserRow>(
            "UPDATE users SET " +
            "failed_attempts = CASE WHEN failed_attempts + 1 >= @lockAfter THEN 0 ELSE failed_attempts + 1 END, " +
            "locked_until = CASE WHEN failed_attempts + 1 >= @lockAfter THEN @until ELSE locked_until END " +
            $"WHERE id = @id RETURNING {UserRow.Columns}",
            new { id, lockAfter, until = lockUntil.ToUnixTimeTicks() }, ct);
        return rows.Count == 0 ? null : rows[0].ToRecord();
    }

    public Task ClearFailedSignInsAsync(string id, CancellationToken ct = default) =>
        WriteAsync("UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = @id AND (failed_attempts <> 0 OR locked_until IS NOT NULL)",
            new { id }, ct);

    public async Task SaveTokenAsync(OneTimeToken token, OutgoingMessage? message = null, CancellationToken ct = default)
    {
        await using var session = await BeginWriteAsync(WriteLock.Rows, ct);
        try
        {
            await session.Connection.ExecuteAsync(new CommandDefinition(
                "INSERT INTO user_tokens (hash, kind, user_id, created_at, expires_at, used_at) " +
                "VALUES (@Hash, @Kind, @UserId, @CreatedAt, @ExpiresAt, @UsedAt)", TokenRow.From(token), session.Transaction, cancellationToken: ct));
        }
        catch (Exception error) when (IsDuplicateKey(error))
        {
            throw new DuplicateKeyException("a one-time token with this hash already exists", error);
        }
        if (message is not null)
        {
            var at = token.CreatedAt.ToUnixTimeTicks();
            await session.Connection.ExecuteAsync(new CommandDefinition(
                FollowUpSql.InsertOutboxHead + " VALUES (@id, @channel, NULL, @payload, 'pending', 0, @at, @at)",
                new { id = NewId.Message(), channel = message.Channel, payload = StoredJson.Write(message.Payload), at },
                session.Transaction, cancellationToken: ct));
        }
        await session.CommitAsync(ct);
    }

    public async Task<OneTimeToken?> FindTokenAsync(string hash, CancellationToken ct = default) =>
        (await QuerySingleOrDefaultAsync<TokenRow>($"SELECT {TokenRow.Columns} FROM user_tokens WHERE hash = @hash", new { hash }, ct))?.ToRecord();

    public async Task<bool> UseTokenAsync(string hash, Instant now, CancellationToken ct = default) =>
        await WriteAsync("UPDATE user_tokens SET used_at = @now WHERE hash = @hash AND used_at IS NULL AND expires_at > @now",
            new { hash, now = now.ToUnixTimeTicks() }, ct) > 0;
}
