using System.Net;
using System.Text.Json;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Tests;

/// <summary>One document the whole way, for real: blob in Azurite → read → parse → Cosmos → HTTP.</summary>
[Collection(LocalStackCollection.Name)]
public class EndToEndTests
{
    [Fact]
    public async Task Born_digital_pdf_dropped_into_the_inbox_is_served_as_a_meeting()
    {
        await using var app = await TestApp.StartAsync();
        await app.DropAsync(Path.Combine("samples", "001.pdf"), "001.pdf");

        var meeting = await PollForMeetingAsync(app, "samverkan-mellan-pensionarsorganisationerna-och-halso-och-sjukvardsforvaltningen.2025-06-12");

        Assert.Equal("Samverkan mellan pensionärsorganisationerna och hälso- och sjukvårdsförvaltningen", meeting.Title);
        Assert.Equal(new DateOnly(2025, 6, 12), meeting.Date);
        Assert.Equal("001.pdf", meeting.Source?.FileName);
        Assert.Equal("text", meeting.Source?.OcrEngine);
        // The original is kept, moved out of the inbox once the meeting is stored.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await app.BlobNamesAsync(app.Inbox)).Count > 0 && DateTime.UtcNow < deadline)
            await Task.Delay(100);
        Assert.Empty(await app.BlobNamesAsync(app.Inbox));
        var archived = Assert.Single(await app.BlobNamesAsync(app.Processed));
        Assert.EndsWith("/001.pdf", archived);
    }

    private static async Task<Meeting> PollForMeetingAsync(TestApp app, string id)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var response = await app.Http.GetAsync($"/api/meetings/{id}");
            if (response.StatusCode == HttpStatusCode.OK)
                return JsonSerializer.Deserialize<Meeting>(await response.Content.ReadAsStringAsync(), MinutesJson.Options)!;
            // 503 with Retry-After is the database asking to be tried again, as any client would.
            Assert.Contains(response.StatusCode, new[] { HttpStatusCode.NotFound, HttpStatusCode.ServiceUnavailable });
            Assert.True(DateTime.UtcNow < deadline, $"meeting {id} did not appear within 60 s");
            await Task.Delay(250);
        }
    }
}
