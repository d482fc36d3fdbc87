using System.Net;
using System.Net.Http.Json;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using FactCheck.Core.Reviews;
using FactCheck.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.Extensions.DependencyInjection;

namespace FactCheck.Web.Tests.Http;

/// <summary>Two app instances on one PostgreSQL database, as behind a load balancer.</summary>
public sealed class TwoInstanceTests : IDisposable
{
    private readonly string database;
    private readonly AppFactory a, b;

    public TwoInstanceTests()
    {
        PostgresServer.RequireOrSkip();
        string connectionString;
        (database, connectionString) = PostgresServer.CreateDatabase(migrated: false);
        a = new PostgresAppFactory { SharedConnectionString = connectionString };
        b = new PostgresAppFactory { SharedConnectionString = connectionString };
    }

    public void Dispose()
    {
        a.Dispose();
        b.Dispose();
        PostgresServer.Drop(database);
    }

    [Fact]
    public async Task A_cookie_and_antiforgery_token_issued_by_one_instance_are_honoured_by_the_other()
    {
        a.EnsureUser("ana", Role.Editor);
        var cookies = new CookieContainer();
        using var onA = a.CreateDefaultClient(new CookieContainerHandler(cookies));
        var form = await onA.GetStringAsync("/signin");
        var signIn = await onA.PostAsync("/signin", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(form), ["_handler"] = "signin",
            ["Input.Username"] = "ana", ["Input.Password"] = AppFactory.Password,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);

        using var onB = b.CreateDefaultClient(new CookieContainerHandler(cookies));
        var home = await onB.GetAsync("/sources");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        Assert.Contains("ana", await home.Content.ReadAsStringAsync());
        // A form rendered by A (its antiforgery token) is accepted when posted to B: B signs out.
        var page = await onA.GetStringAsync("/account");
        var signOut = await onB.PostAsync("/signout", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AppFactory.AntiforgeryToken(page),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await onB.GetAsync("/sources")).StatusCode);

        // Without the shared keys the same cookie means nothing: a third instance on its own database refuses it.
        using var elsewhere = new PostgresAppFactory();
        using var third = elsewhere.CreateDefaultClient(new CookieContainerHandler(cookies));
        Assert.Equal(HttpStatusCode.Redirect, (await third.GetAsync("/sources")).StatusCode);
    }

    [Fact]
    public async Task A_verdict_saved_through_one_instance_reaches_the_pages_of_the_other()
    {
        using var apiA = a.ApiClient();
        var created = await apiA.PostAsJsonAsync("/api/articles", new { title = "Floods", text = "Mayor Ana Ruiz said 1,204 homes were flooded on Thursday." });
        created.EnsureSuccessStatusCode();
        var articleId = (await created.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetInt64();
        var claim = b.Services.GetRequiredService<ClaimStore>().ListByArticle(articleId)[0];
        var hubB = b.Services.GetRequiredService<ChangeHub>();
        var arrived = new TaskCompletionSource<ArticleChange>(TaskCreationOptions.RunContinuationsAsynchronously);
        hubB.Changed += change => { if (change.ClaimId == claim.Id) arrived.TrySetResult(change); };
        await WaitForRelayAsync(a, b);

        var saved = await apiA.PutAsJsonAsync($"/api/claims/{claim.Id}/verdict", new { rating = "False", explanation = "The count was 804.", version = claim.Version });
        saved.EnsureSuccessStatusCode();

        var change = await arrived.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal(articleId, change.ArticleId);
        Assert.Equal("False", b.Services.GetRequiredService<ClaimStore>().Get(claim.Id)!.Verdict);
    }

    /// <summary>Both instances listen once their relay has said hello; presence from A shows on B.</summary>
    private static async Task WaitForRelayAsync(AppFactory a, AppFactory b)
    {
        var (hubA, hubB) = (a.Services.GetRequiredService<ChangeHub>(), b.Services.GetRequiredService<ChangeHub>());
        using var probe = hubA.Watch(-1, "relay-probe");
        var until = DateTime.UtcNow.AddSeconds(20);
        while (!hubB.Viewers(-1).Contains("relay-probe"))
        {
            if (DateTime.UtcNow > until) Assert.Fail("The instances did not connect through LISTEN/NOTIFY within 20 s.");
            await Task.Delay(50);
        }
    }

    [Fact]
    public async Task Two_instances_starting_together_on_an_empty_database_share_one_data_protection_key()
    {
        // Both start at once and at once render a form (an antiforgery token needs a key): without coordination each
        // would make its own key, and a cookie from one would not be honoured by the other once it stops re-reading keys.
        await Task.WhenAll(Task.Run(() => a.Server), Task.Run(() => b.Server));
        using var onA = a.CreateClient();
        using var onB = b.CreateClient();
        await Task.WhenAll(onA.GetStringAsync("/signin"), onB.GetStringAsync("/signin"));

        using var c = a.Services.GetRequiredService<Database>().Open();
        Assert.Equal(1, Dapper.SqlMapper.ExecuteScalar<int>(c, "SELECT COUNT(*) FROM data_protection_keys"));
    }
}
