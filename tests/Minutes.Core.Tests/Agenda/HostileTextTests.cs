using System.Text.RegularExpressions;
using DocumentFormat.OpenXml.Packaging;
using Markdig;
using Minutes.Agenda;
using Minutes.Model;

namespace Minutes.Tests.Agenda;

/// <summary>
/// Text from users and documents reaches the outputs whatever it holds: the Word file is always written, and in the
/// Markdown draft it renders as itself (checked by rendering the Markdown to HTML, as CommonMark with GitHub's
/// extensions does, and comparing with the same draft holding a harmless word in its place).
/// </summary>
public class HostileTextTests
{
    private const string Placeholder = "Ordinarietext";

    /// <summary>Every character XML 1.0 forbids, and broken UTF-16 (by index: xunit's theory data would mend lone surrogates).</summary>
    private static readonly string[] Forbidden =
    [
        .. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => ((char)c).ToString()),
        "\uD800",          // a high surrogate alone
        "\uDFFF",          // a low surrogate alone
        "\uDC00\uD800",    // a pair the wrong way round
        "\uFFFE",
        "\uFFFF",
        "\u0000\u0001\u001F\uD83D",
    ];

    public static TheoryData<int> Unwritable() => new(Enumerable.Range(0, Forbidden.Length));

    public static TheoryData<string> MarkdownSyntax() =>
    [
        "# Rubrik", "## Rubrik ##", "Titel #", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<b>fet</b>",
        "[klicka](javascript:alert(1))", "![bild](javascript:alert(1))", "<javascript:alert(1)>", "[ref]: javascript:alert(1)",
        "[x][ref]", "*kursiv* och **fet**", "_kursiv_ och __fet__", "`kod`", "```", "~~~", "~~struken~~", "1. lista",
        "2) lista", "123456789. lista", "- punkt", "+ punkt", "* punkt", "> citat", "---", "===", "***", "    indraget",
        "Rad ett\n# Rubrik två", "Rad ett\n\n- punkt", "rad  \nbryts", "| a | b |\n|---|---|\n| c | d |", "a | b",
        "&lt;script&gt;", "&amp; &#60;", "\\*inte kursiv\\*", "slut\\", "[ ] uppgift", "- [x] klar", "<!-- kommentar -->",
        "<https://example.org>", "Titel\n===", "Titel\n---", "\t\tfliken", "a\u2028b\u2029c", "ÅÄÖ – ”citat” 😀",
    ];

    private static readonly MarkdownPipeline Gfm = new MarkdownPipelineBuilder()
        .UsePipeTables().UseEmphasisExtras(Markdig.Extensions.EmphasisExtras.EmphasisExtraOptions.Strikethrough)
        .UseAutoLinks().UseTaskLists().Build();

    private static AgendaDraft Draft(string text) => new()
    {
        Id = "radet.2025-09-25", SeriesId = "radet", SeriesTitle = text, Date = new DateOnly(2025, 9, 25),
        StartTime = new TimeOnly(13, 0), Location = text,
        Invited = [new Attendee(text, text), new Attendee("Johan Bratt", "PRO")],
        Items =
        [
            new AgendaDraftItem(1, "Inledning", []),
            new AgendaDraftItem(2, text, [text, $"{text} (mötet 12 juni 2025, punkt 3)"]),
            new AgendaDraftItem(3, "Övriga frågor", []),
        ],
    };

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void The_word_file_is_written_whatever_characters_the_text_holds(int index)
    {
        var bad = Forbidden[index];
        var title = $"Pensionärs{bad}rådet";
        using var stream = new MemoryStream();

        DocxAgenda.Render(Draft(title), stream);

        stream.Position = 0;
        using var document = WordprocessingDocument.Open(stream, false);
        var texts = document.MainDocumentPart!.Document.Body!.Descendants<DocumentFormat.OpenXml.Wordprocessing.Text>()
            .Select(t => t.Text).ToList();
        Assert.Contains(texts, t => t.StartsWith("Pensionärs", StringComparison.Ordinal) && t.EndsWith("rådet", StringComparison.Ordinal));
        Assert.All(texts, t => Assert.Equal(t, OutputText.ForXml(t)));
        Assert.All(string.Concat(texts), c => Assert.False(c < ' ' && c is not ('\t' or '\n' or '\r'), $"U+{(int)c:X4} in the file"));
    }

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void Forbidden_characters_go_and_broken_surrogates_become_replacement_characters(int index)
    {
        var bad = Forbidden[index];
        var safe = OutputText.ForXml($"a{bad}b");

        Assert.StartsWith("a", safe);
        Assert.EndsWith("b", safe);
        Assert.All(safe[1..^1], c => Assert.Equal('\uFFFD', c));
        Assert.Equal(bad.Count(char.IsSurrogate), safe.Length - 2);
        Assert.Equal("a😀\tb\nc\rd", OutputText.ForXml("a😀\tb\nc\rd"));
    }

    [Theory]
    [MemberData(nameof(MarkdownSyntax))]
    public void Markdown_in_the_text_renders_as_text(string hostile)
    {
        RendersAsItself(hostile);
        RendersAsItself($"Före {hostile} efter");
    }

    [Theory]
    [MemberData(nameof(Unwritable))]
    public void Forbidden_characters_in_the_markdown_draft_go(int index) => RendersAsItself($"Före {Forbidden[index]} efter");

    private static void RendersAsItself(string hostile)
    {
        var html = Markdown.ToHtml(MarkdownAgenda.Render(Draft(hostile)), Gfm);
        var harmless = Markdown.ToHtml(MarkdownAgenda.Render(Draft(Placeholder)), Gfm);

        // The text as a reader should see it: on one line, without what XML forbids, HTML-encoded by the renderer.
        var seen = Regex.Replace(OutputText.ForXml(hostile), @"[\s\u2028\u2029]+", " ").Trim();
        var encoded = seen.Replace("&", "&amp;").Replace("<", "&lt;").Replace(">", "&gt;").Replace("\"", "&quot;");
        Assert.Equal(harmless.Replace(Placeholder, encoded), html);
    }

    [Fact]
    public void Escaped_text_stays_readable()
    {
        Assert.Equal("Budget 2026 för hjälpmedel (kl. 13.00, 2025-Q4)", OutputText.ForMarkdown("Budget 2026 för hjälpmedel (kl. 13.00, 2025-Q4)"));
        Assert.Equal("2\\. Rubrik \\# med &lt;b&gt;", OutputText.ForMarkdown("  2. Rubrik\n# med <b> "));
    }
}
