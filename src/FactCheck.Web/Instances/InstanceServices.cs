using FactCheck.Core.Data;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;

namespace FactCheck.Web.Instances;

/// <summary>
/// What several app instances on one PostgreSQL database share: the Data Protection keys and the live changes and
/// presence. On SQLite (one instance) nothing changes: keys stay where ASP.NET Core keeps them, the hub stays in-process.
/// </summary>
public static class InstanceServices
{
    public static IServiceCollection AddFactCheckInstances(this IServiceCollection services)
    {
        // Decided when the options are first read, after tests and command-line overrides have set Database:Provider.
        services.AddOptions<KeyManagementOptions>().Configure<Database>((o, db) =>
        {
            if (db.Provider == DatabaseProvider.Postgres) o.XmlRepository = new DatabaseKeyRepository(db);
        });
        // Every instance must read the shared keys as one application, wherever it is installed.
        services.AddOptions<DataProtectionOptions>().Configure<Database>((o, db) =>
        {
            if (db.Provider == DatabaseProvider.Postgres) o.ApplicationDiscriminator = "FactCheck";
        });
        services.AddSingleton<SharedKey>();
        services.AddHostedService<ChangeRelayService>();
        return services;
    }
}
