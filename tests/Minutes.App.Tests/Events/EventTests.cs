using System.Net.Http.Json;
using Minutes.Events;
using Minutes.Model;
using Minutes.Storage;
using Minutes.Tests.Api;

namespace Minutes.Tests.Events;

/// <summary>
/// The app's CloudEvents as a subscriber's webhook sees them on the local stack: written to the outbox with each change,
/// published by the PublishEvents timer (or the publisher called directly), in order, at least once, ids stable.
/// </summary>
[Collection(LocalStackCollection.Name)]
public class EventTests
{
    private static string[] Webhook(EventReceiver receiver) => [$"--Events:WebhookUrl={receiver.Url}", "--Events:Cron=* * * * * *"];

    [Fact]
    public async Task The_events_of_ingestions_and_a_change_reach_a_local_receiver_in_order_as_structured_cloud_events()
    {
        await using var receiver = await EventReceiver.StartAsync();
        await using var app = await TestApp.StartAsync(true, Webhook(receiver));

        var stored = await app.IngestAsync("001.pdf");
        Assert.Equal(IngestionStatus.Stored, stored.Status);
        var meeting = await (await app.Http.GetAsync($"/api/meetings/{stored.MeetingId}")).JsonAsync<Meeting>();
        var item = meeting.ActionItems[0];
        var read = await app.Http.GetAsync($"/api/action-items/{item.Id}");
        var patch = new HttpRequestMessage(HttpMethod.Patch, $"/api/action-items/{item.Id}") { Content = JsonContent.Create(new { status = "done" }) };
        patch.Headers.TryAddWithoutValidation("If-Match", read.Headers.ETag!.Tag);
        (await app.Http.SendAsync(patch)).EnsureSuccessStatusCode();
        var failed = await app.IngestAsync("not a pdf at all"u8.ToArray(), "fake.pdf");
        Assert.Equal(IngestionStatus.Failed, failed.Status);
        // Delivered before the same document comes again: a record not yet delivered is written over by the same fact.
        await receiver.WaitForAsync(3);
        var again = await app.IngestAsync("001.pdf");

        var events = await receiver.WaitForAsync(4);
        Assert.Equal([EventTypes.MeetingStored, EventTypes.ActionItemChanged, EventTypes.IngestionFailed, EventTypes.MeetingStored],
            events.Select(e => e.Type));
        Assert.Equal([$"series/{meeting.SeriesId}/meetings/{meeting.Id}", $"series/{meeting.SeriesId}/action-items/{item.Id}",
            $"ingestions/{failed.Id}", $"series/{meeting.SeriesId}/meetings/{meeting.Id}"], events.Select(e => e.Subject));
        foreach (var delivery in events)
        {
            Assert.StartsWith("application/cloudevents+json", delivery.ContentType);
            Assert.Equal("1.0", delivery.Event.GetProperty("specversion").GetString());
            Assert.Equal("/minutes", delivery.Event.GetProperty("source").GetString());
            Assert.Equal("application/json", delivery.Event.GetProperty("datacontenttype").GetString());
            Assert.True(delivery.Event.TryGetProperty("time", out _));
        }
        Assert.Equal(stored.Id, events[0].Event.GetProperty("data").GetProperty("ingestionId").GetString());
        Assert.Equal("done", events[1].Event.GetProperty("data").GetProperty("status").GetString());
        Assert.Equal("person", events[1].Event.GetProperty("data").GetProperty("changedBy").GetString());
        Assert.Equal(failed.Reason, events[2].Event.GetProperty("data").GetProperty("reason").GetString());
        // The same document stored again is the same fact: the same id, for subscribers that deduplicate.
        Assert.Equal(events[0].Id, events[3].Id);
        Assert.Equal(again.MeetingId, stored.MeetingId);
        Assert.Equal(3, events.Select(e => e.Id).Distinct().Count());
        var sequences = events.Select(e => e.Event.GetProperty("sequence").GetString()!).ToList();
        Assert.Equal(sequences.Order(StringComparer.Ordinal), sequences);
        Assert.Empty(await app.Service<EventOutbox>().PendingAsync(10));
    }

    [Fact]
    public async Task An_event_written_before_the_app_died_is_published_by_the_next_start()
    {
        OutboxEvent written;
        string database;
        // The first app writes the event and stops before any drain (no timer runs): a crash between storing and publishing.
        await using (var crashed = await TestApp.StartAsync(triggers: false))
        {
            database = crashed.Database;
            written = await crashed.Service<EventOutbox>().AddAsync(new NewEvent(EventTypes.MeetingStored, "series/s/meetings/s-2026-01-01", new { meetingId = "s-2026-01-01" }));
        }

        await using var receiver = await EventReceiver.StartAsync();
        await using var app = await TestApp.StartAsync(true, [.. Webhook(receiver), $"--Cosmos:Database={database}"]);

        var delivered = Assert.Single(await receiver.WaitForAsync(1));
        Assert.Equal(written.Id, delivered.Id);
        Assert.Equal("s-2026-01-01", delivered.Event.GetProperty("data").GetProperty("meetingId").GetString());
        await WaitForEmptyOutboxAsync(app);
    }

    [Fact]
    public async Task A_failed_delivery_is_sent_again_with_the_same_id_and_holds_back_only_its_own_subject()
    {
        await using var receiver = await EventReceiver.StartAsync(n => n == 0 ? 500 : 200);
        await using var app = await TestApp.StartAsync(false, Webhook(receiver));
        var outbox = app.Service<EventOutbox>();
        var first = await outbox.AddAsync(new NewEvent(EventTypes.AgendaDraftBuilt, "series/a/agendas/a-2026-05-20", new { n = 1 }));
        var second = await outbox.AddAsync(new NewEvent(EventTypes.AgendaDraftFinal, "series/a/agendas/a-2026-05-20", new { n = 2 }));
        var other = await outbox.AddAsync(new NewEvent(EventTypes.IngestionFailed, "ingestions/b", new { n = 3 }));
        var publisher = app.Service<EventPublisher>();

        Assert.Equal(1, await publisher.PublishPendingAsync());
        Assert.Equal(2, await publisher.PublishPendingAsync());

        Assert.Equal([(first.Id, 500), (other.Id, 200), (first.Id, 200), (second.Id, 200)],
            receiver.Deliveries.Select(d => (d.Id, d.Status)));
        Assert.Empty(await outbox.PendingAsync(10));
    }

    [Fact]
    public async Task Without_a_channel_events_wait_in_the_outbox()
    {
        await using var app = await TestApp.StartAsync(false);
        var written = await app.Service<EventOutbox>().AddAsync(new NewEvent(EventTypes.IngestionFailed, "ingestions/c", new { n = 1 }));

        Assert.Equal(0, await app.Service<EventPublisher>().PublishPendingAsync());
        Assert.Equal([written.Id], (await app.Service<EventOutbox>().PendingAsync(10)).Select(e => e.Id));
    }

    [Fact]
    public async Task A_record_written_over_while_it_was_delivered_stays_for_the_next_drain()
    {
        await using var app = await TestApp.StartAsync(false);
        var outbox = app.Service<EventOutbox>();
        var fact = new NewEvent(EventTypes.MeetingStored, "series/e/meetings/e-1", new { n = 1 }, Id: "e-1-stored");
        await outbox.AddAsync(fact);
        var delivering = Assert.Single(await outbox.PendingAsync(10));

        await outbox.AddAsync(fact with { Data = new { n = 2 } });
        await outbox.RemoveAsync(delivering);

        var waiting = Assert.Single(await outbox.PendingAsync(10));
        Assert.Equal(2, waiting.Data.GetProperty("n").GetInt32());
        await outbox.RemoveAsync(waiting);
        Assert.Empty(await outbox.PendingAsync(10));
    }

    [Fact]
    public async Task A_change_that_fails_or_changes_nothing_takes_its_event_back()
    {
        await using var app = await TestApp.StartAsync(false);
        var outbox = app.Service<EventOutbox>();

        await Assert.ThrowsAsync<InvalidOperationException>(() => outbox.AroundAsync(
            new NewEvent(EventTypes.ActionItemChanged, "series/d/action-items/d-1", new { n = 1 }), () => throw new InvalidOperationException("412")));
        // A worse copy of a stored meeting: SaveAsync answers false, and nothing is announced.
        Assert.False(await outbox.AroundAsync(new NewEvent(EventTypes.MeetingStored, "series/d/meetings/d-2", new { n = 2 }),
            () => Task.FromResult(false), stands => stands));
        Assert.True(await outbox.AroundAsync(new NewEvent(EventTypes.MeetingStored, "series/d/meetings/d-3", new { n = 3 }),
            () => Task.FromResult(true), stands => stands));

        Assert.Equal(["series/d/meetings/d-3"], (await outbox.PendingAsync(10)).Select(e => e.Subject));
    }

    private static async Task WaitForEmptyOutboxAsync(TestApp app)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while ((await app.Service<EventOutbox>().PendingAsync(10)).Count > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "the outbox still holds the delivered event");
            await Task.Delay(100);
        }
    }
}
