using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// An item heading: a line that starts with the item's number ("3 Aktuellt …", "3.1 …", "§ 12 …"; from scans "$ 12",
/// "& 12", "8 12", "5 12") followed by a capitalised title. Numbers run in order, so a body line that happens to start with a
/// number is not taken for a heading: the next heading is the last number plus one, or a sub-item of it.
/// </summary>
public static partial class ItemHeading
{
    /// <param name="TitleLine">The line the title starts on: the heading's own, or the next for a "§ 118" alone.</param>
    public sealed record Found(int Line, string Number, string FirstTitleLine, bool Paragraph, int TitleLine);

    public static List<Found> FindAll(IReadOnlyList<SourceLine> lines, int from) =>
        Numbered(lines, from) is { Count: > 0 } numbered ? numbered : Timed(lines, from);

    private static List<Found> Numbered(IReadOnlyList<SourceLine> lines, int from)
    {
        var found = new List<Found>();
        for (var i = from; i < lines.Count; i++)
        {
            if (lines[i].IsBullet || EndOfItems(lines, i)) { if (EndOfItems(lines, i) && found.Count > 0) break; continue; }
            var m = Heading().Match(lines[i].Text);
            var titleLine = i;
            var alone = false;
            // "§ 118" alone, its title on the line below, or below a blank line; not the end of a line that goes on
            // ("Fredrik Sahlberg, medicinskt ansvarig sjuksköterska," over "§ 27", set in, in a list of who took part).
            if (!m.Success && ParagraphAlone().IsMatch(lines[i].Text) && !(i > 0 && lines[i].Indent > 0 && lines[i - 1].Text.TrimEnd().EndsWith(',')))
            {
                var below = i + 1;
                if (below + 1 < lines.Count && lines[below].IsBlank) below++;
                if (below < lines.Count && !lines[below].IsBlank)
                {
                    // "s6", "&£2": a sign OCR read as letters is the § it stands for.
                    var sign = lines[i].Text.Trim();
                    if (!char.IsDigit(sign[0])) sign = "§ " + sign.TrimStart('§', '$', '&', '£', 's', 'S').Trim();
                    m = Heading().Match(sign + " " + lines[below].Text);
                    (titleLine, alone) = (below, true);
                }
            }
            if (!m.Success) continue;
            var paragraph = m.Groups[1].Success;
            var number = m.Groups[2].Value;
            var title = m.Groups[3].Value.Trim();
            if (title.Length < 2 || !title.Any(char.IsLetter)) continue;
            if (!Follows(found.LastOrDefault(), number, paragraph, title))
            {
                // OCR fuses "§ 45" into "845" or "545": in a § protocol, the number without its first digit may follow.
                // The sign may fuse with one digit too: "83" for "§ 3", alone on its line or before the title ("85    Yttrande …"
                // after § 4).
                if (found.LastOrDefault() is { Paragraph: true } last && number.Length >= 2 && number[0] is '8' or '5'
                    && Follows(last, number[1..], true, title))
                    (number, paragraph) = (number[1..], true);
                // A scan may lose the sign altogether: "2    Val av justerare" after § 1, standing apart in the heading's
                // layout (a paragraph of its own, the title a column's gap away), is § 2; a list's "2. …" is no heading.
                else if (found.LastOrDefault() is { Paragraph: true } previous && !paragraph && (i == 0 || lines[i - 1].IsBlank)
                         && LostSign().IsMatch(lines[i].Text) && Follows(previous, number, true, title) && number == Next(previous.Number))
                    paragraph = true;
                else continue;
            }
            found.Add(new Found(i, number, title, paragraph, titleLine));
            i = titleLine;
        }
        return found;
    }

    /// <summary>
    /// Minutes whose items carry no number but the time they began ("13.15 Anhörigstöd i Vetlanda – Åsa Kullenberg"):
    /// each such line standing as a paragraph of its own, the times running on, is an item, numbered in order. An
    /// agenda with times lists them line under line, and a line of the body that opens with a time is a sentence.
    /// </summary>
    private static List<Found> Timed(IReadOnlyList<SourceLine> lines, int from)
    {
        var found = new List<Found>();
        var last = -1;
        for (var i = from; i < lines.Count; i++)
        {
            if (EndOfItems(lines, i)) { if (found.Count > 0) break; continue; }
            if (lines[i].IsBullet || TimedHeading().Match(lines[i].Text) is not { Success: true } m) continue;
            var standsAlone = (i == 0 || lines[i - 1].IsBlank || lines[i - 1].Page != lines[i].Page)
                              && (i + 1 == lines.Count || !TimedHeading().IsMatch(lines[i + 1].Text));
            var title = m.Groups["title"].Value.Trim();
            var at = int.Parse(m.Groups["h"].Value) * 60 + int.Parse(m.Groups["m"].Value);
            if (!standsAlone || at <= last || title.EndsWith('.') || title.Length >= 120) continue;
            found.Add(new Found(i, (found.Count + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), title, false, i));
            last = at;
        }
        return found.Count >= 2 ? found : [];
    }

    // "13.15 Title", "kl. 13.15–13.45 Title".
    [GeneratedRegex(@"^(?:kl\.?\s*)?(?<h>[01]?\d|2[0-3])[.:](?<m>[0-5]\d)(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s+(?<title>\p{Lu}.*)$")]
    private static partial Regex TimedHeading();

    /// <summary>
    /// Where the items end: the signature ("Vid anteckningarna", "Vid protokollet", "Justeras") or the attachments; not
    /// the adjusters' box at the foot of a page that more pages follow (<see cref="PageFoot"/>), and not a sentence
    /// wrapped so that a line starts with the word ("… ska protokollet / justeras senast den 29 april", "… enligt /
    /// bilaga 1."): a label starts with a capital.
    /// </summary>
    public static bool EndOfItems(IReadOnlyList<SourceLine> lines, int i) =>
        EndMarker().Match(lines[i].Text) is { Success: true } m && char.IsUpper(m.Value[0]) && !PageFoot.IsAdjustersBox(lines, i);

    private static bool Follows(Found? last, string number, bool paragraph, string title)
    {
        var parts = number.Split('.');
        var major = int.Parse(parts[0]);
        var looksLikeHeading = !title.TrimEnd().EndsWith('.') && title.Length < 120;
        if (last is null)
            // The first may be lost to a bad scan, so numbering may start at 2 or 3.
            return paragraph ? looksLikeHeading : major == 1 && parts.Length == 1 || major <= 3 && looksLikeHeading && parts.Length == 1;
        if (paragraph != last.Paragraph && !paragraph) return false;
        var lastParts = last.Number.Split('.');
        var lastMajor = int.Parse(lastParts[0]);
        if (parts.Length == 2)
        {
            var minor = int.Parse(parts[1]);
            return major == lastMajor && minor == (lastParts.Length == 2 ? int.Parse(lastParts[1]) + 1 : 1);
        }
        // One heading lost to a bad scan may be skipped, if the title still looks like one.
        return major == lastMajor + 1 || (major == lastMajor + 2 && looksLikeHeading);
    }

    private static string Next(string number) =>
        int.TryParse(number, out var n) ? (n + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) : "";

    [GeneratedRegex(@"^\d{1,3}\s{3,}\p{Lu}")]
    private static partial Regex LostSign();

    // "§ 118" alone on its line, as OCR reads the sign too ("$ 118", "S 118", "8 118"), and with a stray full stop.
    // Fused with its number too ("83", "s6", "s$9"): a number alone counts only where it follows the last § (FindAll).
    [GeneratedRegex(@"^(?:[§$&£sS]{1,2}|[85](?=\s*\d))\s*\d{1,3}\.?$")]
    private static partial Regex ParagraphAlone();

    // "§ 12", as OCR reads it ("$ 12", "S 12", "& 12", "£ 12", "8 12", "5 12", "s12", "5$8"); a stray dash, bar or guillemet after the number;
    // a title may open with a four-digit number ("7 1177 och digitala vårdtjänster"); the number's word and closing mark as
    // ItemNumberForms has them ("Punkt 3:", "1)"). An OCR'd "8"/"5" for § is not one before a clock time: "5   14.25   Avslut"
    // is item 5 at 14.25, not § 14.25.
    [GeneratedRegex($@"^{ItemNumberForms.Word}(?:([85]?[§$&£]{{1,2}}|S|s(?=\d)|[85](?=\s+\d)(?!\s+\d{{1,2}}[.:]\d\d\s))\s*)?(\d{{1,3}}(?:\.\d{{1,2}})?){ItemNumberForms.Close}\s+{ItemNumberForms.Slot}(?:[-–—|:=]\s*|[«»„“])?(\p{{Lu}}.*|[1-9]\d{{3}}\s+\p{{L}}.*)$")]
    private static partial Regex Heading();

    [GeneratedRegex($@"^({Vocabulary.MinuteTakerLabels}|Justeras|Justerare|{Vocabulary.AdjustersBox}|Bilaga\s+\d+\b|Bilagor\s*:|{Vocabulary.NotesKeptBy}|(?:{Vocabulary.SummaryHeadings})(?:\s+\p{{Ll}}[\p{{L}} ]*)?$)", RegexOptions.IgnoreCase)]
    private static partial Regex EndMarker();
}
