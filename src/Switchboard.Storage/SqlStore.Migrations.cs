using DbUp;
using DbUp.Builder;
using DbUp.Engine;

namespace Switchboard.Storage;

// Migrations: embedded Migrations/{Sqlite|Postgres}/*.sql, applied in name order by DbUp, journalled in schema_migrations.
public abstract partial class SqlStore
{
    internal const string JournalTable = "schema_migrations";

    /// <summary>Scripts of one dialect folder, one transaction per script, quiet.</summary>
    private protected static UpgradeEngine BuildUpgrader(UpgradeEngineBuilder builder, string folder) =>
        builder
            .WithScriptsEmbeddedInAssembly(typeof(SqlStore).Assembly, name => name.Contains($".Migrations.{folder}.", StringComparison.Ordinal))
            .WithTransactionPerScript()
            .LogToNowhere()
            .Build();

    private protected static void Upgrade(UpgradeEngine upgrader)
    {
        var result = upgrader.PerformUpgrade();
        if (!result.Successful)
            throw new InvalidOperationException($"database migration failed at {result.ErrorScript?.Name ?? "?"}: {result.Error?.Message}", result.Error);
    }
}
