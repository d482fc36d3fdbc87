using FactCheck.Web;
using FactCheck.Web.Api;
using FactCheck.Web.Auth;
using FactCheck.Web.Components;

// The stores are synchronous: a save holds its thread while it waits for the database and its row locks. The thread
// pool adds threads only slowly past its minimum, so under a burst of saves requests queued behind blocked threads for
// seconds; start with enough threads for that burst.
ThreadPool.GetMinThreads(out var workers, out var io);
if (workers < 100) ThreadPool.SetMinThreads(100, io);

var root = ContentRoot.Find();
var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = root,
    WebRootPath = Path.Combine(root, "wwwroot"),
});
// Serves MudBlazor's and the framework's files under `dotnet run` without launchSettings too.
builder.WebHost.UseStaticWebAssets();
builder.Services.AddFactCheck(builder.Configuration);
builder.Services.AddFactCheckAuth();

var app = builder.Build();
app.Services.PrepareFactCheckDatabase();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
// Pages get a page saying what went wrong (not found, not allowed); the API gets RFC 7807 problem details for any error without a body.
app.UseWhen(c => c.Request.Path.StartsWithSegments("/api"), api => api.UseStatusCodePages());
app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"),
    page => page.UseStatusCodePagesWithReExecute("/status/{0}", createScopeForStatusCodePages: true));
// Routing after the status pages, so that a re-executed request (/status/403, /status/404) is routed to its page.
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

// Styles and scripts are public: the sign-in page needs them. Everything else requires sign-in (AuthSetup).
app.MapStaticAssets().AllowAnonymous();
app.MapAccountEndpoints();
app.MapFactCheckEndpoints();
app.MapPublicPages();
app.MapFactCheckApi();
app.MapOpenApi();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();

public partial class Program;
