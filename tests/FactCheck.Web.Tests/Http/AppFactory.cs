using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace FactCheck.Web.Tests.Http;

/// <summary>The real app in memory on its own temp SQLite file.</summary>
public sealed class AppFactory : WebApplicationFactory<Program>
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "factcheck-web-tests", Guid.NewGuid().ToString("n"));

    public string DatabasePath => Path.Combine(folder, "http.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        Directory.CreateDirectory(folder);
        builder.UseSetting("ConnectionStrings:FactCheck", $"Data Source={DatabasePath}");
        builder.UseEnvironment("Production");
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(folder, true); } catch (IOException) { }
    }
}
