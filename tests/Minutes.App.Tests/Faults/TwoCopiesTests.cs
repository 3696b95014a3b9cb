using Minutes.Functions;
using Minutes.Storage;
using Minutes.Tests.Reading;

namespace Minutes.Tests.Faults;

/// <summary>
/// The born-digital and the scanned copy of the same minutes: the better reading stands, every copy is listed. The scan
/// is its first two pages (header and the first action item), which is all these rules look at, at a third of the OCR.
/// </summary>
[Collection(LocalStackCollection.Name)]
public class TwoCopiesTests : IDisposable
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("minutes-two-copies-");

    private const string MeetingId = "samverkan-mellan-pensionarsorganisationerna-och-halso-och-sjukvardsforvaltningen.2025-06-12";

    [Fact]
    public async Task A_scan_ingested_after_the_born_digital_copy_is_kept_as_a_version_and_the_text_layer_stands()
    {
        await using var app = await TestApp.StartAsync(triggers: false);
        foreach (var (file, name) in new[] { (Path.Combine("samples", "001.pdf"), "digital.pdf"), (await ScanAsync(), "skannad.pdf") })
        {
            var blob = await app.DropAsync(file, name);
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
        var scan = await app.DropAsync(await ScanAsync(), "skannad.pdf");
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

    public void Dispose() => work.Delete(recursive: true);

    /// <summary>Pages 1 and 2 of 001's scan, as one PDF.</summary>
    private async Task<string> ScanAsync()
    {
        var pages = Path.Combine(work.FullName, "page-%d.pdf");
        var scan = Path.Combine(work.FullName, "skannad.pdf");
        await Poppler.RunAsync("pdfseparate", "-f", "1", "-l", "2", Path.Combine("samples", "001.scanned.pdf"), pages);
        await Poppler.RunAsync("pdfunite", pages.Replace("%d", "1"), pages.Replace("%d", "2"), scan);
        return scan;
    }
}
