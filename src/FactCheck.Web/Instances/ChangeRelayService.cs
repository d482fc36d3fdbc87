using FactCheck.Core.Data;

namespace FactCheck.Web.Instances;

/// <summary>Runs the PostgreSQL change relay for this instance when the database is PostgreSQL; does nothing on SQLite.</summary>
public sealed class ChangeRelayService(Database db, FactCheck.Core.Reviews.ChangeHub hub) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        db.Provider == DatabaseProvider.Postgres ? new PostgresChangeRelay(db, hub).RunAsync(stoppingToken) : Task.CompletedTask;
}
