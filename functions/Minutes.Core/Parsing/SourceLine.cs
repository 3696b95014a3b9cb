using System.Text.RegularExpressions;
using Minutes.Text;

namespace Minutes.Parsing;

/// <summary>
/// One line of the document as the parser sees it: trimmed, bullets made uniform, its page kept, and how far in it
/// started (the layout's columns: a letterhead's right-hand column).
/// </summary>
public sealed record SourceLine(string Text, int Page, bool IsBullet, int Indent = 0)
{
    public bool IsBlank => Text.Length == 0;
}

public static partial class SourceLines
{
    /// <summary>All pages as one run of lines; a bullet glyph (or what OCR makes of one) becomes a flag.</summary>
    public static List<SourceLine> From(DocumentText text)
    {
        var lines = new List<SourceLine>();
        foreach (var page in text.Pages)
            foreach (var line in page.Lines)
            {
                var raw = line.Text.Replace('\u00a0', ' ').Replace("\u00ad", "").TrimEnd();
                var t = raw.TrimStart();
                // Plain text keeps its indent as spaces; a reader gives it as a share of the page width, which on the
                // text layer's 4-point grid over an A4 page is some 150 columns.
                var indent = raw.Length - t.Length;
                if (indent == 0 && line.Indent is { } share) indent = (int)Math.Round(share * ColumnsPerPage);
                var bullet = Bullet().Match(t);
                // "-> Peter och Sofia går igenom …": an arrow opens its own paragraph like a bullet and stays, as it marks an action.
                if (!bullet.Success && Arrow().IsMatch(t))
                {
                    lines.Add(new SourceLine(t, page.Number, true, indent));
                    continue;
                }
                lines.Add(bullet.Success
                    ? new SourceLine(t[bullet.Length..].Trim(), page.Number, true, indent)
                    : new SourceLine(t, page.Number, false, indent));
            }
        return lines;
    }

    private const double ColumnsPerPage = 150;

    // •, the Symbol-font bullet U+F0B7, hyphens and en dashes, and Tesseract's usual readings of a bullet (», «, +, *, e, o, ©),
    // which at times come as two glyphs for one bullet ("+»").
    [GeneratedRegex(@"^(?:[•\uf0b7\u25aa\u25cf\u2022\u2023\u2043\u25e6\u2013»«+*©®◦▪-]{1,2}|[eo](?=\s+\p{Lu}))\s+")]
    private static partial Regex Bullet();

    [GeneratedRegex($@"^(?:{Vocabulary.ActionArrows})\s+\S")]
    private static partial Regex Arrow();
}
