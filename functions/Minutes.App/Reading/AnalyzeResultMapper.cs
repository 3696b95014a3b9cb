using System.Text.Json;
using Minutes.Text;

namespace Minutes.Reading;

/// <summary>
/// Maps a prebuilt-layout analyzeResult to pages of lines: each line keeps its page's reading order, takes the role
/// of the paragraph whose span holds it (pageHeader, pageFooter, pageNumber, title, sectionHeading), the mean
/// confidence of its words, and its left edge as a fraction of the page width.
/// </summary>
internal static class AnalyzeResultMapper
{
    private sealed record Span(int Offset, int Length)
    {
        public int End => Offset + Length;
        public bool Contains(Span other) => other.Offset >= Offset && other.End <= End;
    }

    public static IReadOnlyList<TextPage> Map(JsonElement analyzeResult, string engine)
    {
        var roles = new List<(Span Span, LineRole Role)>();
        if (analyzeResult.TryGetProperty("paragraphs", out var paragraphs))
            foreach (var paragraph in paragraphs.EnumerateArray())
                if (paragraph.TryGetProperty("role", out var role) && Role(role.GetString()) is { } r)
                    roles.AddRange(Spans(paragraph).Select(s => (s, r)));

        var pages = new List<TextPage>();
        foreach (var page in analyzeResult.GetProperty("pages").EnumerateArray())
        {
            var width = page.GetProperty("width").GetDouble();
            var words = page.TryGetProperty("words", out var w)
                ? w.EnumerateArray().Select(x => (Span: SpanOf(x.GetProperty("span")), Confidence: x.GetProperty("confidence").GetDouble())).ToList()
                : [];
            var lines = new List<TextLine>();
            if (page.TryGetProperty("lines", out var pageLines))
                foreach (var line in pageLines.EnumerateArray())
                {
                    var spans = Spans(line);
                    var confidences = words.Where(x => spans.Any(s => s.Contains(x.Span))).Select(x => x.Confidence).ToList();
                    var role = roles.FirstOrDefault(r => spans.Any(s => r.Span.Contains(s))).Role;
                    lines.Add(new TextLine(
                        line.GetProperty("content").GetString() ?? "",
                        confidences.Count == 0 ? null : Math.Round(confidences.Average(), 3),
                        role,
                        Indent(line, width)));
                }
            pages.Add(new TextPage(page.GetProperty("pageNumber").GetInt32(), lines, engine));
        }
        return pages;
    }

    private static LineRole? Role(string? role) => role switch
    {
        "pageHeader" => LineRole.PageHeader,
        "pageFooter" => LineRole.PageFooter,
        "pageNumber" => LineRole.PageNumber,
        "title" => LineRole.Title,
        "sectionHeading" => LineRole.SectionHeading,
        _ => null, // footnote and formulaBlock read as body text
    };

    private static List<Span> Spans(JsonElement element) =>
        element.TryGetProperty("spans", out var spans) ? spans.EnumerateArray().Select(SpanOf).ToList() : [];

    private static Span SpanOf(JsonElement span) => new(span.GetProperty("offset").GetInt32(), span.GetProperty("length").GetInt32());

    // The polygon is x1,y1,…,x4,y4 in the page's unit; its leftmost x over the page width is the indent.
    private static double? Indent(JsonElement line, double pageWidth)
    {
        if (pageWidth <= 0 || !line.TryGetProperty("polygon", out var polygon) || polygon.GetArrayLength() < 8) return null;
        var xs = polygon.EnumerateArray().Where((_, i) => i % 2 == 0).Select(x => x.GetDouble());
        return Math.Round(Math.Clamp(xs.Min() / pageWidth, 0, 1), 3);
    }
}
