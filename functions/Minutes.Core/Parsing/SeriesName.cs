using Minutes.Text;

namespace Minutes.Parsing;

/// <summary>
/// The name a meeting's series is known by, so that minutes of one forum share a series and unrelated forums do not.
/// Minutes with a title are their title. Headerless minutes still say whose they are: in a running head
/// ("Pensionärsrådet Solna   Anteckningar 2025-11-18   Sida 2 av 4"), in the first sentence ("Minnesanteckningar från
/// mötet med Pensionärsrådet Södermalm tisdagen den 18 november"), in the letterhead, and as a last resort in the
/// file name ("KPR_Solna_2025-11-18.pdf"). Null when nothing names the forum: the caller keeps those in `unknown`.
/// </summary>
public static class SeriesName
{
    // A forum's name is a few words; a longer run is a sentence, not a name.
    private const int MaxWords = 8;

    public static string? Infer(Header header, IReadOnlyList<SourceLine> lines, IReadOnlyList<string> runningHeads, string? fileName) =>
        header.Title
        ?? runningHeads.Select(FromRunningHead).FirstOrDefault(n => n is not null)
        ?? FromOpening(lines)
        ?? FromLetterhead(header)
        ?? FromFileName(fileName);

    /// <summary>What a running head says besides the kind, the date, the diary number and the page: its forum, if any.</summary>
    public static string? FromRunningHead(string head)
    {
        // Columns of a head are set apart by wide gaps; the widest part that names something is the forum.
        var parts = head.Split(["   ", " · ", " | "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(p => NameWords(Words(p), stopAtDate: false))
            .Where(w => w.Count > 0)
            .OrderByDescending(w => w.Sum(x => x.Length))
            .FirstOrDefault();
        return parts is null ? null : string.Join(' ', parts);
    }

    /// <summary>"Minnesanteckningar från mötet med Pensionärsrådet Södermalm tisdagen den 18 november" → "Pensionärsrådet Södermalm".</summary>
    public static string? FromOpening(IReadOnlyList<SourceLine> lines)
    {
        foreach (var line in lines.Where(l => !l.IsBlank).Take(5))
        {
            var words = Words(line.Text);
            if (words.Count < 3 || !IsKind(words[0])) continue;
            var at = 1;
            if (words[at] is "förda" or "fört" or "förd") at++;
            if (at >= words.Count || words[at].ToLowerInvariant() is not ("från" or "vid")) continue;
            at++;
            if (at < words.Count && words[at].ToLowerInvariant() is "det" or "dagens") at++;
            if (at < words.Count && words[at].ToLowerInvariant() is "mötet" or "möte" or "sammanträdet" or "sammanträde" or "träffen") at++;
            if (at < words.Count && words[at].ToLowerInvariant() is "i" or "med" or "för" or "inom" or "hos") at++;
            // The forum is named with a capital ("med Pensionärsrådet"), not a description ("med anledning av").
            if (at >= words.Count || !char.IsUpper(words[at][0])) continue;
            var name = NameWords(words.Skip(at).ToList(), stopAtDate: true);
            if (name.Count > 0) return string.Join(' ', name);
        }
        return null;
    }

    /// <summary>The letterhead's organisation and unit: a forum of its own when nothing else names one.</summary>
    public static string? FromLetterhead(Header header) =>
        header.Organization is null ? null : header.Department is null ? header.Organization : header.Organization + " " + header.Department;

    /// <summary>"KPR_Solna_2025-11-18.pdf" → "KPR Solna"; a name that is only a kind, a date or a scanner's counter names nothing.</summary>
    public static string? FromFileName(string? fileName)
    {
        if (string.IsNullOrWhiteSpace(fileName)) return null;
        var stem = Path.GetFileNameWithoutExtension(fileName.Replace('\\', '/').Split('/')[^1]);
        var words = stem.Split(['_', '-', ' ', '.', '–', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !IsKind(w) && !w.Any(char.IsDigit) && w.Length >= 2
                        && !w.Equals("scan", StringComparison.OrdinalIgnoreCase) && !w.Equals("scannad", StringComparison.OrdinalIgnoreCase)
                        && !w.Equals("final", StringComparison.OrdinalIgnoreCase) && !w.Equals("original", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return words.Count == 0 ? null : string.Join(' ', words.Take(MaxWords));
    }

    /// <summary>The words up to the first that is not part of a name: a date, a weekday, a page word, a place after "i".</summary>
    private static List<string> NameWords(List<string> words, bool stopAtDate)
    {
        var name = new List<string>();
        foreach (var word in words)
        {
            var lower = word.ToLowerInvariant();
            var furniture = IsKind(word) || word.Any(char.IsDigit) || Vocabulary.PageWords.Contains(lower) || SwedishDates.Month(lower) is not null
                            || Vocabulary.Weekdays.Contains(lower) || lower is "den" or "kl" or "klockan" or "–" or "-" or "|";
            if (furniture && (stopAtDate || name.Count > 0 && !IsKind(word))) break;
            if (furniture) continue;
            name.Add(word);
            if (name.Count == MaxWords) break;
        }
        // A name starts with a capital or an acronym; a lone short word is a remnant.
        while (name.Count > 0 && !char.IsUpper(name[0][0])) name.RemoveAt(0);
        return name.Sum(w => w.Count(char.IsLetter)) >= 3 ? name : [];
    }

    private static List<string> Words(string text) =>
        text.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries).Select(w => w.Trim('.', ':', ';')).Where(w => w.Length > 0).ToList();

    private static bool IsKind(string word) => Vocabulary.DocumentKinds.Contains(word.ToLowerInvariant());
}
