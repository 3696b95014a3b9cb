using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Minutes.Tests.Events;

/// <summary>
/// A subscriber's webhook on a free loopback port: keeps every CloudEvent POSTed to it, with the content type it came
/// with and the status it was answered with (Answer decides, by the request's number from 0; 200 unless told).
/// </summary>
internal sealed class EventReceiver : IAsyncDisposable
{
    public sealed record Delivery(string? ContentType, JsonElement Event, int Status)
    {
        public string Id => Event.GetProperty("id").GetString()!;
        public string Type => Event.GetProperty("type").GetString()!;
        public string Subject => Event.GetProperty("subject").GetString()!;
    }

    private readonly WebApplication _app;
    private readonly List<Delivery> _deliveries = [];

    public Uri Url { get; private set; } = null!;

    private EventReceiver(Func<int, int> answer)
    {
        var builder = WebApplication.CreateSlimBuilder(["--urls", "http://127.0.0.1:0"]);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/events", async (HttpRequest request) =>
        {
            var body = await JsonDocument.ParseAsync(request.Body);
            lock (_deliveries)
            {
                var status = answer(_deliveries.Count);
                _deliveries.Add(new Delivery(request.ContentType, body.RootElement.Clone(), status));
                return Results.StatusCode(status);
            }
        });
    }

    public static async Task<EventReceiver> StartAsync(Func<int, int>? answer = null)
    {
        var receiver = new EventReceiver(answer ?? (_ => 200));
        await receiver._app.StartAsync();
        var address = receiver._app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        receiver.Url = new Uri(new Uri(address), "/events");
        return receiver;
    }

    public IReadOnlyList<Delivery> Deliveries
    {
        get { lock (_deliveries) return _deliveries.ToList(); }
    }

    /// <summary>The deliveries answered 2xx, once there are at least <paramref name="count"/> of them.</summary>
    public async Task<IReadOnlyList<Delivery>> WaitForAsync(int count, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var delivered = Deliveries.Where(d => d.Status is >= 200 and < 300).ToList();
            if (delivered.Count >= count) return delivered;
            Assert.True(DateTime.UtcNow < deadline,
                $"{delivered.Count} events delivered, {count} expected: {string.Join(", ", delivered.Select(d => d.Type))}");
            await Task.Delay(100);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
