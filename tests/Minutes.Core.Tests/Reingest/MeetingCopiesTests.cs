using Minutes.Model;
using Minutes.Reingest;

namespace Minutes.Tests.Reingest;

public class MeetingCopiesTests
{
    private static readonly DocumentSource Pdf = new("radet.pdf", "aa", 3, "text", null);
    private static readonly DocumentSource Scan = new("radet.scanned.pdf", "bb", 3, "tesseract", 0.91);
    private static readonly DocumentSource BetterScan = new("radet-ny.scanned.pdf", "cc", 3, "tesseract", 0.95);

    private static Meeting Reading(DocumentSource source, string title) =>
        new() { Id = "radet-2025-06-12", SeriesId = "radet", Title = title, Source = source, Versions = [source] };

    [Fact]
    public void The_first_copy_stands_and_lists_itself()
    {
        var (stored, stands) = MeetingCopies.Merge(null, Reading(Pdf, "Rådet") with { Versions = [] });

        Assert.True(stands);
        Assert.Equal([Pdf], stored.Versions);
    }

    [Fact]
    public void A_scan_after_the_text_layer_is_listed_but_does_not_stand()
    {
        var (stored, stands) = MeetingCopies.Merge(Reading(Pdf, "Rådet"), Reading(Scan, "Radet"));

        Assert.False(stands);
        Assert.Equal("Rådet", stored.Title);
        Assert.Equal([Pdf, Scan], stored.Versions);
    }

    [Fact]
    public void A_better_scan_replaces_a_scan_and_both_are_listed()
    {
        var (stored, stands) = MeetingCopies.Merge(Reading(Scan, "Radet"), Reading(BetterScan, "Rådet"));

        Assert.True(stands);
        Assert.Equal("Rådet", stored.Title);
        Assert.Equal([Scan, BetterScan], stored.Versions);
    }

    [Fact]
    public void The_same_file_again_is_listed_once()
    {
        var (stored, stands) = MeetingCopies.Merge(Reading(Pdf, "Rådet"), Reading(Pdf, "Rådet"));

        Assert.True(stands);
        Assert.Equal([Pdf], stored.Versions);
    }
}
