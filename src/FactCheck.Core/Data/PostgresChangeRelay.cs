using System.Text.Json;
using System.Threading.Channels;
using Dapper;
using FactCheck.Core.Reviews;
using Npgsql;

namespace FactCheck.Core.Data;

/// <summary>
/// Carries the <see cref="ChangeHub"/>'s messages between app instances on one PostgreSQL database: NOTIFY on the
/// <c>factcheck_changes</c> channel out, LISTEN in. Each instance repeats who has which article open every few seconds,
/// so that an instance that stops (or is killed) drops out of the others' "N other reviewers" within
/// <see cref="ChangeHub.RemotePresenceLifetime"/>. A lost connection is opened again; messages sent meanwhile wait in a
/// bounded queue (the oldest are dropped first: a page reloads on the next change anyway).
/// </summary>
public sealed class PostgresChangeRelay(Database db, ChangeHub hub)
{
    public const string Channel = "factcheck_changes";

    /// <summary>PostgreSQL refuses a NOTIFY payload of 8000 bytes or more.</summary>
    public const int MaxPayloadBytes = 7900;

    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(5);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly Channel<HubMessage> outbox = System.Threading.Channels.Channel.CreateBounded<HubMessage>(
        new BoundedChannelOptions(10_000) { FullMode = BoundedChannelFullMode.DropOldest, SingleReader = true });

    /// <summary>Set once this instance is listening (tests wait for it).</summary>
    public Task Listening => listening.Task;

    private readonly TaskCompletionSource listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Listens and sends until <paramref name="stop"/>; call once per instance.</summary>
    public async Task RunAsync(CancellationToken stop)
    {
        if (db.Provider != DatabaseProvider.Postgres) throw new InvalidOperationException("The change relay needs PostgreSQL.");
        hub.Relay = message => outbox.Writer.TryWrite(message);
        try
        {
            await Task.WhenAll(ListenAsync(stop), SendAsync(stop));
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
        }
        finally
        {
            hub.Relay = null;
        }
    }

    private async Task ListenAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await using var connection = (NpgsqlConnection)await db.OpenAsync(stop);
                connection.Notification += (_, e) =>
                {
                    if (Parse(e.Payload) is { } message) hub.Receive(message);
                };
                await connection.ExecuteAsync($"LISTEN {Channel}");
                listening.TrySetResult();
                // A new instance (or one back after a lost connection) asks the others who they show.
                outbox.Writer.TryWrite(new HubMessage(hub.InstanceId, HubMessage.Hello));
                hub.AnnounceAll();
                while (!stop.IsCancellationRequested)
                {
                    if (!await connection.WaitAsync(Heartbeat, stop))
                    {
                        hub.AnnounceAll();
                        hub.ForgetSilentInstances();
                    }
                }
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                // The server restarted or the network dropped: listen again shortly.
                await Task.Delay(TimeSpan.FromSeconds(1), stop);
            }
        }
    }

    private async Task SendAsync(CancellationToken stop)
    {
        await foreach (var message in outbox.Reader.ReadAllAsync(stop))
        {
            var payload = JsonSerializer.Serialize(message, Json);
            if (System.Text.Encoding.UTF8.GetByteCount(payload) > MaxPayloadBytes)
                payload = JsonSerializer.Serialize(message with { Viewers = message.Viewers?.Take(20).ToList() }, Json);
            try
            {
                await using var connection = await db.OpenAsync(stop);
                await connection.ExecuteAsync("SELECT pg_notify(@channel, @payload)", new { channel = Channel, payload });
            }
            catch (Exception e) when (e is NpgsqlException or System.Net.Sockets.SocketException or IOException or TimeoutException)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), stop);
            }
        }
    }

    private static HubMessage? Parse(string payload)
    {
        try
        {
            return JsonSerializer.Deserialize<HubMessage>(payload, Json) is { Instance.Length: > 0, Kind.Length: > 0 } m ? m : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
