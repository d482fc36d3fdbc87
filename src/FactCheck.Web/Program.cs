using FactCheck.Web;
using FactCheck.Web.Components;

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

var app = builder.Build();
app.Services.MigrateFactCheckDatabase();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error", createScopeForErrors: true);
}
app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
app.UseAntiforgery();

app.MapStaticAssets();
app.MapFactCheckEndpoints();
app.MapRazorComponents<App>()
    .AddInteractiveServerRenderMode();

app.Run();

public partial class Program;
