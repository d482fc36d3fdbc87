using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FactCheck.Core.Tests.Sources;

/// <summary>
/// A tiny HTTP server on 127.0.0.1 that serves made-up sources, so fetch tests never leave the machine.
/// Routes are handlers keyed by path; unknown paths answer 404.
/// </summary>
public sealed class LoopbackServer : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly Dictionary<string, Func<HttpListenerContext, Task>> routes = new(StringComparer.Ordinal);
    private readonly CancellationTokenSource stopping = new();
    private readonly Task loop;

    public LoopbackServer()
    {
        Port = FreePort();
        listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        listener.Start();
        loop = Task.Run(ServeAsync);
    }

    public int Port { get; }

    public string Url(string path) => $"http://127.0.0.1:{Port}{path}";

    public int Hits(string path) => hits.TryGetValue(path, out var n) ? n : 0;

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> hits = new();

    public void Map(string path, Func<HttpListenerContext, Task> handler)
    {
        lock (routes) routes[path] = handler;
    }

    public void Text(string path, string body, string contentType = "text/html; charset=utf-8", int status = 200) =>
        Map(path, ctx => Write(ctx, Encoding.UTF8.GetBytes(body), contentType, status));

    public void Bytes(string path, byte[] body, string contentType) => Map(path, ctx => Write(ctx, body, contentType, 200));

    public void Redirect(string path, string location, int status = 302) => Map(path, ctx =>
    {
        ctx.Response.StatusCode = status;
        ctx.Response.RedirectLocation = location;
        ctx.Response.Close();
        return Task.CompletedTask;
    });

    public static async Task Write(HttpListenerContext ctx, byte[] body, string contentType, int status)
    {
        ctx.Response.StatusCode = status;
        ctx.Response.ContentType = contentType;
        ctx.Response.ContentLength64 = body.Length;
        await ctx.Response.OutputStream.WriteAsync(body);
        ctx.Response.Close();
    }

    private async Task ServeAsync()
    {
        while (!stopping.IsCancellationRequested)
        {
            HttpListenerContext ctx;
            try { ctx = await listener.GetContextAsync(); }
            catch (Exception) when (stopping.IsCancellationRequested || !listener.IsListening) { return; }
            _ = Task.Run(async () =>
            {
                var path = ctx.Request.Url!.AbsolutePath;
                hits.AddOrUpdate(path, 1, (_, n) => n + 1);
                Func<HttpListenerContext, Task>? handler;
                lock (routes) routes.TryGetValue(path, out handler);
                try
                {
                    if (handler is null) await Write(ctx, "Not here"u8.ToArray(), "text/plain", 404);
                    else await handler(ctx);
                }
                catch (Exception) when (stopping.IsCancellationRequested) { }
                catch (HttpListenerException) { }
                catch (IOException) { }
                catch (ObjectDisposedException) { }
            });
        }
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private bool disposed;

    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        stopping.Cancel();
        listener.Close();
        try { loop.Wait(TimeSpan.FromSeconds(2)); } catch (AggregateException) { }
        stopping.Dispose();
    }
}
