namespace Switchboard.Storage;

/// <summary>Chooses the database: PostgreSQL when a connection string is given, else the embedded SQLite file.</summary>
public static class StoreFactory
{
    public const string SqliteFileName = "switchboard.db";

    /// <summary>
    /// A store for <paramref name="postgresConnectionString"/>, or for <c>{dataDirectory}/switchboard.db</c>
    /// (the directory is created) when it is null or blank. Call <see cref="ISwitchboardStore.MigrateAsync"/>
    /// before use and dispose the store at shutdown.
    /// </summary>
    public static SqlStore Create(string? postgresConnectionString, string dataDirectory)
    {
        if (!string.IsNullOrWhiteSpace(postgresConnectionString))
            return new PostgresStore(postgresConnectionString);
        Directory.CreateDirectory(dataDirectory);
        return new SqliteStore(Path.Combine(dataDirectory, SqliteFileName));
    }
}
