using FactCheck.Core.Data;
using FactCheck.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

/// <summary>The real app on its own database of the test run's throwaway PostgreSQL cluster.</summary>
public sealed class PostgresAppFactory : AppFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}

// The HTTP tests again, each against the app on PostgreSQL (skipped with an install hint when PostgreSQL is absent).
public sealed class AccessTestsOnPostgres : AccessTests, IClassFixture<PostgresAppFactory>
{
    public AccessTestsOnPostgres(PostgresAppFactory app) : base(app) => PostgresServer.RequireOrSkip();
}

public sealed class ApiTestsOnPostgres : ApiTests, IClassFixture<PostgresAppFactory>
{
    private readonly PostgresAppFactory app;

    public ApiTestsOnPostgres(PostgresAppFactory app) : base(app)
    {
        PostgresServer.RequireOrSkip();
        this.app = app;
    }

    [Fact]
    public async Task The_app_keeps_its_data_in_postgresql()
    {
        using var client = app.ApiClient();
        Assert.True((await client.GetAsync("/api/articles")).IsSuccessStatusCode);
        var db = app.Services.GetRequiredService<Database>();
        Assert.Equal(DatabaseProvider.Postgres, db.Provider);
        using var c = db.Open();
        Assert.IsType<Npgsql.NpgsqlConnection>(c);
        Assert.Equal(Migrator.LatestVersion, Migrator.CurrentVersion(db));
        Assert.True(Dapper.SqlMapper.ExecuteScalar<int>(c, "SELECT COUNT(*) FROM api_tokens") > 0);
    }
}

public sealed class AttributionCheckApiTestsOnPostgres : AttributionCheckApiTests, IClassFixture<PostgresAppFactory>
{
    public AttributionCheckApiTestsOnPostgres(PostgresAppFactory app) : base(app) => PostgresServer.RequireOrSkip();
}

public sealed class ExportTestsOnPostgres : ExportTests, IClassFixture<PostgresAppFactory>
{
    public ExportTestsOnPostgres(PostgresAppFactory app) : base(app) => PostgresServer.RequireOrSkip();
}

public sealed class MissingArticleTestsOnPostgres : MissingArticleTests, IClassFixture<PostgresAppFactory>
{
    public MissingArticleTestsOnPostgres(PostgresAppFactory app) : base(app) => PostgresServer.RequireOrSkip();
}

public sealed class PagesTestsOnPostgres : PagesTests, IClassFixture<PostgresAppFactory>
{
    public PagesTestsOnPostgres(PostgresAppFactory app) : base(app) => PostgresServer.RequireOrSkip();
}

public sealed class PermissionMatrixTestsOnPostgres : PermissionMatrixTests, IClassFixture<PostgresAppFactory>
{
    public PermissionMatrixTestsOnPostgres(PostgresAppFactory app) : base(app) => PostgresServer.RequireOrSkip();
}

public sealed class SessionTestsOnPostgres : SessionTests, IClassFixture<PostgresAppFactory>
{
    public SessionTestsOnPostgres(PostgresAppFactory app) : base(app) => PostgresServer.RequireOrSkip();
}

public sealed class UploadTestsOnPostgres : UploadTests, IClassFixture<PostgresAppFactory>
{
    public UploadTestsOnPostgres(PostgresAppFactory app) : base(app) => PostgresServer.RequireOrSkip();
}

public sealed class HostileUploadTestsOnPostgres : HostileUploadTests, IClassFixture<PostgresAppFactory>
{
    public HostileUploadTestsOnPostgres(PostgresAppFactory app) : base(app) => PostgresServer.RequireOrSkip();
}

public sealed class FetchArticleApiTestsOnPostgres : FetchArticleApiTests, IClassFixture<PostgresAppFactory>
{
    public FetchArticleApiTestsOnPostgres(PostgresAppFactory app) : base(app) => PostgresServer.RequireOrSkip();
}

public sealed class HostileMarkdownTestsOnPostgres : HostileMarkdownTests, IClassFixture<PostgresAppFactory>
{
    public HostileMarkdownTestsOnPostgres(PostgresAppFactory app) : base(app) => PostgresServer.RequireOrSkip();
}

// These two go over real HTTP on loopback, as on SQLite.
public sealed class ClaimReviewApiTestsOnPostgres : ClaimReviewApiTests, IClassFixture<PostgresLoopbackApp>
{
    public ClaimReviewApiTestsOnPostgres(PostgresLoopbackApp app) : base(app) => PostgresServer.RequireOrSkip();
}

public sealed class PublicFactCheckTestsOnPostgres : PublicFactCheckTests, IClassFixture<PostgresLoopbackApp>
{
    public PublicFactCheckTestsOnPostgres(PostgresLoopbackApp app) : base(app) => PostgresServer.RequireOrSkip();
}
