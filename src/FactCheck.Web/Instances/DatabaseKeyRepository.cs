using System.Xml.Linq;
using Dapper;
using FactCheck.Core.Data;
using Microsoft.AspNetCore.DataProtection.Repositories;

namespace FactCheck.Web.Instances;

/// <summary>
/// ASP.NET Core Data Protection keys (they sign sign-in cookies and antiforgery tokens) kept in the shared PostgreSQL
/// database, so that a cookie one instance issued is honoured by every other. Keys are only ever added.
/// </summary>
public sealed class DatabaseKeyRepository(Database db) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var c = db.Open();
        return c.Query<string>("SELECT xml FROM data_protection_keys ORDER BY id").Select(XElement.Parse).ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        using var c = db.Open();
        c.Execute("INSERT INTO data_protection_keys (friendly_name, xml, created_at) VALUES (@friendlyName, @xml, @now)",
            new { friendlyName, xml = element.ToString(SaveOptions.DisableFormatting), now = DateTimeOffset.UtcNow });
    }
}
