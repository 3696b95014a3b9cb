namespace Minutes.Parsing;

/// <summary>
/// A scan often loses the blank line after a question, an input or an answer ("Fråga:", "Synpunkt:", "Svar:"), so the
/// minutes that go on after it run into it. Such a block ends where a line ends a sentence well short of the
/// paragraph's width: a wrapped line fills its width, a paragraph's last line does not. The line after it starts a
/// sentence, so a first letter in lower case there is the scan's.
/// </summary>
public static class LostParagraphBreak
{
    // A paragraph's last line ends short of the width; a wrapped one ends within a long word of it.
    private const double ShortLine = 0.75;

    /// <param name="current">The lines of the paragraph so far.</param>
    /// <param name="width">The longest line of the item, the width its paragraphs wrap at.</param>
    public static bool After(IReadOnlyList<string> current, int width) =>
        current.Count > 0 && current[^1].Trim().Length < width * ShortLine
        && Paragraphs.EndsSentence(current[^1]) && !current[^1].TrimEnd().EndsWith(':') && OpensQuestionBlock(current[0]);

    /// <summary>The line that opens the paragraph after a lost break, with the capital a scan may have lost.</summary>
    public static string Opening(string line) =>
        line.Length > 1 && char.IsLower(line[0]) && char.IsLetter(line[1]) ? char.ToUpperInvariant(line[0]) + line[1..] : line;

    private static bool OpensQuestionBlock(string line) => QuestionBlock.Kind(line) is not null || QuestionBlock.IsAnswerLabel(line);
}
