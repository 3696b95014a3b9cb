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

    [Fact]
    public void A_pages_last_line_and_the_next_pages_first_that_end_alike_are_text_not_a_running_head()
    {
        var text = new DocumentText([
            Page(1, "Rådet", "", "Text ett.", "Text två.", "Text tre.", "Text fyra.", "Svar: Det beror på att fler vårdas av kommunernas hemsjukvård"),
            Page(2, "3 Gränssnittet mot kommunernas hemsjukvård", "Mer text.", "Ännu mer.", "Och mer.", "Text fem.", "Text sex.", "Text sju."),
            Page(3, "4 Övrigt", "Sista sidan.", "Text åtta.", "Text nio.", "Text tio.", "Slut."),
        ]);

        var clean = PageCleaner.Clean(text);

        Assert.Equal("3 Gränssnittet mot kommunernas hemsjukvård", clean.Pages[1].Lines[0].Text);
        Assert.Contains(clean.Pages[0].Lines, l => l.Text.StartsWith("Svar:"));
    }

    [Fact]
    public void Items_that_end_alike_at_the_foot_of_pages_keep_their_last_lines_and_a_counter_under_a_three_line_head_goes()
    {
        string[] Foot(string decision) => ["Beslut", "Kommunala pensionärsrådet beslutar", "", decision, "", "Ordförandes sign.      Justerandes sign."];
        string[] Head(int page) => ["Solby kommun          PROTOKOLL", "Kommunala pensionärsrådet     Sammanträdesdatum", "          2026-03-16", $"          Sida {page} (4)", ""];
        var pages = new[]
        {
            Page(1, ["Solby kommun          PROTOKOLL", "", "§ 10", "Val av justerare", "", .. Foot("att utse Eva Ek.")]),
            Page(2, [.. Head(2), "§ 11", "Information", "", .. Foot("att notera informationen.")]),
            Page(3, [.. Head(3), "§ 12", "Remiss", "", .. Foot("att notera remissen.")]),
            Page(4, [.. Head(4), "§ 13", "Avslutning", "", .. Foot("att avsluta mötet.")]),
        };

        var text = string.Join("\n", PageCleaner.Clean(new DocumentText(pages)).Pages.SelectMany(p => p.Lines).Select(l => l.Text.Trim()));

        Assert.Equal(4, System.Text.RegularExpressions.Regex.Count(text, "Kommunala pensionärsrådet beslutar"));
        Assert.DoesNotContain("Sida", text);
        Assert.DoesNotContain("Justerandes sign", text);
    }
}
