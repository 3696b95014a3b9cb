using Minutes.Functions;
using Minutes.Storage;

namespace Minutes.Tests.Faults;

/// <summary>The born-digital and the scanned copy of the same minutes: the better reading stands, every copy is listed.</summary>
[Collection(LocalStackCollection.Name)]
public class TwoCopiesTests
{
    private const string MeetingId = "samverkan-mellan-pensionarsorganisationerna-och-halso-och-sjukvardsforvaltningen.2025-06-12";

    [Fact]
    public async Task A_scan_ingested_after_the_born_digital_copy_is_kept_as_a_version_and_the_text_layer_stands()
    {
        await using var app = await TestApp.StartAsync(triggers: false);
        foreach (var (file, name) in new[] { ("001.pdf", "digital.pdf"), ("001.scanned.pdf", "skannad.pdf") })
        {
            var blob = await app.DropAsync(Path.Combine("samples", file), name);
            await app.Function<IngestDocument>().RunAsync(blob, name, CancellationToken.None);
        }

        var meeting = (await app.Service<MeetingStore>().FindAsync(MeetingId))!;
        Assert.Equal("text", meeting.Source!.OcrEngine);
        Assert.Equal("digital.pdf", meeting.Source.FileName);
        Assert.Equal(["digital.pdf", "skannad.pdf"], meeting.Versions.Select(v => v.FileName));
        Assert.Equal(2, (await app.BlobNamesAsync(app.Processed)).Count);
    }

    [Fact]
    public async Task A_born_digital_copy_ingested_after_the_scan_replaces_it_and_keeps_what_people_changed()
    {
        await using var app = await TestApp.StartAsync(triggers: false);
        var scan = await app.DropAsync(Path.Combine("samples", "001.scanned.pdf"), "skannad.pdf");
        await app.Function<IngestDocument>().RunAsync(scan, scan.Name, CancellationToken.None);
        var items = app.Service<ActionItemStore>();
        var first = (await app.Service<MeetingStore>().FindAsync(MeetingId))!.ActionItems[0];
        var stored = (await items.FindAsync(first.Id))!;
        await items.UpdateAsync(stored, new ActionItemChange(Minutes.Model.ActionStatus.Done, null, null), stored.ETag!);

        var digital = await app.DropAsync(Path.Combine("samples", "001.pdf"), "digital.pdf");
        await app.Function<IngestDocument>().RunAsync(digital, digital.Name, CancellationToken.None);

        var meeting = (await app.Service<MeetingStore>().FindAsync(MeetingId))!;
        Assert.Equal("text", meeting.Source!.OcrEngine);
        Assert.Equal(2, meeting.Versions.Count);
        Assert.Equal(Minutes.Model.ActionStatus.Done, (await items.FindAsync(first.Id))!.Status);
    }
}
