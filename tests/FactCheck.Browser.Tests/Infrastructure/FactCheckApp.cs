using System.Net;
using FactCheck.Core.Accounts;
using FactCheck.Core.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace FactCheck.Browser.Tests.Infrastructure;

/// <summary>
/// The real app on Kestrel at a free loopback port, on its own temp SQLite file, plus a headless <see cref="Chromium"/>.
/// One per test class (a class fixture), so each class starts from an empty database.
/// </summary>
public sealed class FactCheckApp : IAsyncLifetime
{
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string dataDir = Path.Combine(Path.GetTempPath(), "factcheck-browser-" + Guid.NewGuid().ToString("N"));
    private WebApplicationFactory<Program>? factory;
    private IPlaywright? playwright;
    private IBrowser? browser;

    public string BaseUrl { get; private set; } = "";

    public IServiceProvider Services => factory?.Services ?? throw new InvalidOperationException("The app is not started.");

    public async ValueTask InitializeAsync()
    {
        // Without Chromium every test skips (BrowserTest); starting the server would only cost time.
        if (!Chromium.Found) return;

        Directory.CreateDirectory(dataDir);
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:FactCheck", $"Data Source={Path.Combine(dataDir, "fc.db")}")
            // The sources the tests fetch are served on loopback, which the app refuses by default.
            .UseSetting("Sources:AllowPrivateNetworks", "true")
            // Open pages re-check their account every 2 s instead of every minute, so that tests need not wait.
            .UseSetting("Auth:RevalidateSeconds", "2"));
        factory.UseKestrel(o => o.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses;
        BaseUrl = addresses.Single().TrimEnd('/');

        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium.Path,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    public const string Password = "browser test password";

    /// <summary>A user with <see cref="Password"/>, made the first time it is asked for.</summary>
    public User EnsureUser(string username, Role role)
    {
        var users = Services.GetRequiredService<UserStore>();
        lock (users) return users.Find(username) ?? users.Create(username, role, Password);
    }

    /// <summary>
    /// A fresh browser context and page that records console errors, page errors and failed requests, signed in
    /// through the sign-in page as <paramref name="username"/> (made with <paramref name="role"/> if new).
    /// </summary>
    public async Task<BrowserSession> OpenAsync(string username = "editor", Role role = Role.Editor, bool phone = false)
    {
        var session = await OpenSignedOutAsync(phone);
        EnsureUser(username, role);
        await session.SignInAsync(username, Password);
        return session;
    }

    /// <summary>
    /// A fresh browser context and page that has not signed in: a desktop window, or with <paramref name="phone"/> a
    /// phone's screen (390×844 CSS pixels, touch, the mobile viewport rules).
    /// </summary>
    public async Task<BrowserSession> OpenSignedOutAsync(bool phone = false)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            AcceptDownloads = true,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1400, Height = 1000 },
            IsMobile = phone,
            HasTouch = phone,
            DeviceScaleFactor = phone ? 2 : 1,
        });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page);
    }

    public async ValueTask DisposeAsync()
    {
        if (browser is not null) await browser.DisposeAsync();
        playwright?.Dispose();
        if (factory is not null) await factory.DisposeAsync();
        try { Directory.Delete(dataDir, recursive: true); }
        catch (IOException) { } // SQLite may still hold the file for a moment; it is only a temp folder.
    }
}
