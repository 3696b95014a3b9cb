using Minutes.Text;

namespace Minutes.Tests.Text;

public class PageCleanerTests
{
    private static TextPage Page(int number, params string[] lines) =>
        new(number, lines.Select(l => new TextLine(l)).ToList(), "text");

    [Fact]
    public void Running_heads_and_page_numbers_are_taken_out_and_kept_aside()
    {
        var text = new DocumentText([
            Page(1, "1 (3)", "Hälso- och sjukvårdsförvaltningen", "MÖTESANTECKNINGAR HSN 2025-0125", "", "1 Inledning", "Text."),
            Page(2, "MÖTESANTECKNINGAR          2023-06-20   2 (3)", "", "", "Mer text om vården.", "Ännu mer."),
            Page(3, "MÖTESANTECKNINGAR           2023-06-20   3(3)", "", "Sista sidan.", "Slut."),
        ]);

        var clean = PageCleaner.Clean(text);

        var left = clean.Pages.SelectMany(p => p.Lines).Select(l => l.Text).ToList();
        Assert.DoesNotContain(left, l => l.Contains("2023-06-20") || l.Contains("(3)"));
        Assert.Contains(clean.Pages[0].Lines, l => l.Text == "MÖTESANTECKNINGAR HSN 2025-0125");
        Assert.Contains("MÖTESANTECKNINGAR          2023-06-20   2 (3)", clean.RunningHeads);
    }

    [Fact]
    public void A_word_broken_at_a_line_end_is_joined_but_a_shared_word_part_keeps_its_hyphen()
    {
        var text = new DocumentText([Page(1, "arbetet inom sjukvårds-", "förvaltningen pågår, och hälso-", "och sjukvården följer")]);

        var lines = PageCleaner.Clean(text).Pages[0].Lines.Select(l => l.Text).ToList();

        Assert.Equal(["arbetet inom sjukvårdsförvaltningen", "pågår, och hälso-", "och sjukvården följer"], lines);
    }
}
