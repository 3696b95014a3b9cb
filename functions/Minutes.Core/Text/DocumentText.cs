namespace Minutes.Text;

/// <summary>What reading a document yields, whichever engine read it: pages of lines in reading order.</summary>
public sealed record DocumentText(IReadOnlyList<TextPage> Pages)
{
    /// <summary>Running heads, feet and page numbers taken out of the pages; they still carry the date and kind of a document whose first page is missing.</summary>
    public IReadOnlyList<string> RunningHeads { get; init; } = [];

    /// <summary>The pages a running head was found on; pages after the last of them are often appended slides.</summary>
    public IReadOnlyList<int> HeadedPages { get; init; } = [];

    /// <summary>The engine that read most of the pages ("text", "tesseract", "docint").</summary>
    public string Engine => Pages.Count == 0 ? "none"
        : Pages.GroupBy(p => p.Engine).OrderByDescending(g => g.Count()).First().Key;

    public double? MeanConfidence
    {
        get
        {
            var scored = Pages.SelectMany(p => p.Lines).Where(l => l.Confidence is not null).ToList();
            return scored.Count == 0 ? null : scored.Average(l => l.Confidence!.Value);
        }
    }

    /// <summary>Plain text, pages separated by a form feed, as the read verb prints it.</summary>
    public override string ToString() =>
        string.Join("\f", Pages.Select(p => string.Join("\n", p.Lines.Select(l => l.Text))));
}

/// <param name="Number">1-based page number in the document.</param>
/// <param name="Engine">"text" (PDF text layer), "tesseract" or "docint".</param>
public sealed record TextPage(int Number, IReadOnlyList<TextLine> Lines, string Engine);

/// <param name="Confidence">0..1 where the engine gives one, null for a text layer.</param>
/// <param name="Indent">Left edge of the line as a fraction of the page width, where known; layout tells headings and label columns apart.</param>
public sealed record TextLine(string Text, double? Confidence = null, LineRole Role = LineRole.Body, double? Indent = null);

/// <summary>What a line is on its page; engines that know (Document Intelligence) say so, the cleaner infers the rest.</summary>
public enum LineRole { Body, PageHeader, PageFooter, PageNumber, Title, SectionHeading }
