using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FactCheck.Web.Tests;

/// <summary>
/// One HTML page on 127.0.0.1 (any other path answers 404), counting requests, so tests that fetch never leave the machine.
/// </summary>
public sealed class LoopbackPage : IDisposable
{
    private readonly HttpListener listener = new();
    private int hits;

    public LoopbackPage(string html, string path = "/news/story")
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Root = $"http://127.0.0.1:{port}";
        Url = Root + path;
        listener.Prefixes.Add(Root + "/");
        listener.Start();
        var page = Encoding.UTF8.GetBytes(html);
        _ = Task.Run(async () =>
        {
            while (listener.IsListening)
            {
                HttpListenerContext ctx;
                try { ctx = await listener.GetContextAsync(); }
                catch (Exception) when (!listener.IsListening) { return; }
                catch (HttpListenerException) { return; }
                Interlocked.Increment(ref hits);
                var found = ctx.Request.Url!.AbsolutePath == path;
                var body = found ? page : "Not here"u8.ToArray();
                ctx.Response.StatusCode = found ? 200 : 404;
                ctx.Response.ContentType = found ? "text/html; charset=utf-8" : "text/plain";
                ctx.Response.ContentLength64 = body.Length;
                try { await ctx.Response.OutputStream.WriteAsync(body); ctx.Response.Close(); }
                catch (HttpListenerException) { }
            }
        });
    }

    /// <summary>http://127.0.0.1:port, without a trailing slash.</summary>
    public string Root { get; }

    /// <summary>The page's address.</summary>
    public string Url { get; }

    public int Hits => Volatile.Read(ref hits);

    public void Dispose() => listener.Close();
}
