using BenchmarkDotNet.Attributes;
using FactCheck.Core.Data;
using FactCheck.Web;
using FactCheck.Web.Components.Pages.Workbench;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.JSInterop;

namespace FactCheck.Benchmarks;

/// <summary>
/// Issue bar: first render of the workbench page for an article with 300 claims under 200 ms of server time; issue 13
/// item 11: a 2 MB article with 5,000 claims (the cap) renders a bounded page. The HTML size is printed at setup.
/// Renders the real page (stores, highlights, virtualised list, editor) to HTML with Blazor's server-side HtmlRenderer,
/// as prerendering does.
/// </summary>
[MemoryDiagnoser]
public class WorkbenchRenderBenchmarks
{
    private ServiceProvider services = null!;
    private HtmlRenderer renderer = null!;
    private long articleId;
    private string folder = "";

    /// <summary>300 claims over 39,000 characters; 5,000 claims (the cap) over 2,000,000.</summary>
    [Params(300, 5_000)]
    public int Claims { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        (var db, articleId, folder) = BenchData.DatabaseWithClaims(Claims, Claims == 5_000 ? 2_000_000 : null);
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IWebHostEnvironment>(new BenchEnvironment(folder));
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:FactCheck"] = $"Data Source={db.FilePath}",
        }).Build();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddFactCheck(configuration);
        collection.AddSingleton<NavigationManager, BenchNavigation>();
        collection.AddSingleton<IJSRuntime, NoJs>();
        // The page works as a signed-in editor, as it does in the app.
        var editor = new UserStore(db, TimeProvider.System).Create("bench-editor", FactCheck.Core.Accounts.Role.Editor, "benchmark password");
        var session = new SessionStore(db, new UserStore(db, TimeProvider.System), TimeProvider.System).Start(editor.Id);
        collection.AddSingleton<Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider>(new SignedIn(editor, session));
        collection.AddScoped<FactCheck.Web.Auth.CurrentUser>();
        services = collection.BuildServiceProvider();
        renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var html = FirstRenderOfWorkbench().GetAwaiter().GetResult();
        Console.WriteLine($"// workbench of {Claims:N0} claims: first render {html:N0} characters of HTML, {clock.Elapsed.TotalMilliseconds:F0} ms cold");
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        await renderer.DisposeAsync();
        await services.DisposeAsync();
        BenchData.Delete(folder);
    }

    [Benchmark]
    public Task<int> FirstRenderOfWorkbench() => renderer.Dispatcher.InvokeAsync(async () =>
    {
        var output = await renderer.RenderComponentAsync<WorkbenchPage>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Id"] = articleId }));
        return output.ToHtmlString().Length;
    });

    private sealed class BenchNavigation : NavigationManager
    {
        public BenchNavigation() => Initialize("http://localhost/", "http://localhost/articles/1");
    }

    private sealed class SignedIn(FactCheck.Core.Accounts.User user, string session) : Microsoft.AspNetCore.Components.Authorization.AuthenticationStateProvider
    {
        public override Task<Microsoft.AspNetCore.Components.Authorization.AuthenticationState> GetAuthenticationStateAsync() =>
            Task.FromResult(new Microsoft.AspNetCore.Components.Authorization.AuthenticationState(FactCheck.Web.Auth.UserPrincipal.Create(user, "bench", session)));
    }

    private sealed class NoJs : IJSRuntime
    {
        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, object?[]? args) => ValueTask.FromResult<TValue>(default!);

        public ValueTask<TValue> InvokeAsync<TValue>(string identifier, CancellationToken cancellationToken, object?[]? args) => ValueTask.FromResult<TValue>(default!);
    }

    private sealed class BenchEnvironment(string root) : IWebHostEnvironment
    {
        public string WebRootPath { get; set; } = root;
        public Microsoft.Extensions.FileProviders.IFileProvider WebRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
        public string ApplicationName { get; set; } = "FactCheck.Web";
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
        public string ContentRootPath { get; set; } = root;
        public string EnvironmentName { get; set; } = "Production";
    }
}
