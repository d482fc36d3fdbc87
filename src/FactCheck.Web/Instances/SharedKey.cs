using Dapper;
using FactCheck.Core.Data;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace FactCheck.Web.Instances;

/// <summary>
/// On PostgreSQL, makes sure the shared database holds a usable Data Protection key before this instance starts (that is,
/// before ASP.NET Core's own start-up service loads the keys), one instance at a time. Left to itself, every instance
/// that finds no key makes its own, so two instances started together on a new database each sign with a key the other
/// does not know (an instance re-reads the keys only in its first minutes, then once a day). Under the advisory lock the
/// first instance makes the key and the others find it. Later keys ASP.NET Core makes days ahead of their activation, so
/// every instance has read them by the time they are used.
/// </summary>
public sealed class SharedKey(Database db, IKeyManager keys, IOptions<KeyManagementOptions> options)
{
    public void Ensure()
    {
        if (db.Provider != DatabaseProvider.Postgres) return;
        using var c = db.Open();
        // A session lock, not a transaction's: the key is written on another connection while it is held.
        c.Execute("SELECT pg_advisory_lock(@key)", new { key = SqlDialect.KeyCreationLockKey });
        try
        {
            var now = DateTimeOffset.UtcNow;
            if (!keys.GetAllKeys().Any(k => !k.IsRevoked && k.ActivationDate <= now && k.ExpirationDate > now))
                keys.CreateNewKey(now, now + options.Value.NewKeyLifetime);
        }
        finally
        {
            c.Execute("SELECT pg_advisory_unlock(@key)", new { key = SqlDialect.KeyCreationLockKey });
        }
    }
}
