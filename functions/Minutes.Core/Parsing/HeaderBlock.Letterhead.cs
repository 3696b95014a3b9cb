namespace Minutes.Parsing;

/// <summary>Who issued the minutes: the letterhead (in one column or two), or a running foot.</summary>
public static partial class HeaderBlock
{
    /// <summary>
    /// Who issued the minutes: the letterhead's first two lines; else a letterhead on one line, parts set apart by a
    /// middle dot ("Hälso- och sjukvårdsförvaltningen · Avdelning närsjukvård"); else, in a headerless document, a
    /// running foot that names the issuer ("Hälso- och sjukvårdsförvaltningen, Avdelning närsjukvård").
    /// </summary>
    private static (string? Organization, string? Department) Issuer(List<string> text, List<string> letterhead, IReadOnlyList<string> runningHeads)
    {
        var organization = letterhead.ElementAtOrDefault(0);
        var department = letterhead.ElementAtOrDefault(1);
        if (organization is null && text.FirstOrDefault(l => l.Length > 0) is { } top && top.Contains(" · ")
            && Counter().Replace(top, "").Split(" · ", StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 } parts)
            (organization, department) = (ColumnGap().Split(parts[0])[0], parts.Length > 1 ? ColumnGap().Split(parts[1])[0] : null);
        // "Eskilstuna kommun, Vård- och omsorgsförvaltningen" on one letterhead line: the issuer and its unit.
        if (organization is not null && department is null && IssuerInHead(organization) is (var issuing, { } unit)) (organization, department) = (issuing, unit);
        // A head that names the unit too ("Trollhättans stad · Vård- och omsorgsförvaltningen") before one that does not.
        if (organization is null && runningHeads.Select(IssuerInHead).Where(h => h is not null).OrderBy(h => h!.Value.Item2 is null).FirstOrDefault() is { } issuer)
            (organization, department) = issuer;
        return (organization, department);
    }

    /// <summary>
    /// "VÄXJÖ KOMMUN" → "Växjö kommun", "REGION KRONOBERG" → "Region Kronoberg": an issuer printed in capitals as its name
    /// is written, to know it by; the organisation stays as printed.
    /// </summary>
    private static string FromCapitals(string name)
    {
        if (!name.Any(char.IsLetter) || !name.Where(char.IsLetter).All(char.IsUpper) || name.Count(char.IsLetter) < 5) return name;
        var words = name.ToLowerInvariant().Split(' ');
        for (var k = 0; k < words.Length; k++)
            if (words[k].Length > 0 && (k == 0 || words[k - 1].ToLowerInvariant() is "region" or "landstinget"))
                words[k] = char.ToUpperInvariant(words[k][0]) + words[k][1..];
        return string.Join(' ', words);
    }

    /// <summary>
    /// A letterhead in two columns ("Hälso- och sjukvårdsförvaltningen      MÖTESANTECKNINGAR" over "Enheten för …
    /// 2024-12-05") becomes the left column's lines, then one line of the right column's (kind, date, diary number).
    /// A line standing far in belongs to the right column.
    /// </summary>
    private static List<string> UnfoldLetterhead(List<SourceLine> lines)
    {
        var text = lines.Select(l => l.Text).ToList();
        var kindAt = text.FindIndex(IsKind);
        if (kindAt < 0) return text;
        var gap = ColumnGap().Match(text[kindAt]);
        if (gap.Success ? IsKind(text[kindAt][..gap.Index]) : !KindOverColumns(lines, kindAt)) return text;
        var start = kindAt;
        while (start > 0 && text[start - 1].Length > 0) start--;
        var end = kindAt;
        while (end + 1 < text.Count && text[end + 1].Length > 0) end++;
        var left = new List<string>();
        var right = new List<string>();
        for (var i = start; i <= end; i++)
        {
            var parts = ColumnGap().Split(text[i]);
            // Right: what stands far in, captions side by side too ("Sammanträdesdatum    Sida"); dates, diary numbers and
            // their captions ("Sammanträdesdatum", "Diarienummer").
            if (lines[i].Indent >= RightColumn) right.AddRange(parts);
            else if (parts.Length == 1 && (Diary().IsMatch(parts[0]) || SwedishDates.FirstDate(parts[0]) is not null || Caption().IsMatch(parts[0])))
                right.Add(parts[0]);
            else { left.Add(parts[0]); right.AddRange(parts.Skip(1)); }
        }
        // The right column's parts stay apart by a gap, so a kind in ordinary case ("Anteckningar") still stands alone.
        return [.. text.Take(start), .. left, string.Join("    ", right), .. text.Skip(end + 1)];
    }

    private const int RightColumn = 24;

    /// <summary>
    /// "PROTOKOLL" alone in the right column, over a letterhead set in two columns ("Region Stockholm      Nr 5/2026"):
    /// the kind heads the right column, so the block below unfolds the same as when it shares the first line.
    /// </summary>
    private static bool KindOverColumns(List<SourceLine> lines, int kindAt) =>
        lines[kindAt].Indent >= RightColumn && kindAt + 1 < lines.Count && ColumnGap().IsMatch(lines[kindAt + 1].Text);

    /// <summary>"Hälso- och sjukvårdsförvaltningen, Avdelning närsjukvård" (or "Borås Stad | Vård- och äldreförvaltningen") → both; a head with digits (a date, a page) is an issuer line only where dots or bars part the issuer from them.</summary>
    private static (string, string?)? IssuerInHead(string head)
    {
        // "Kiruna kommun – Socialförvaltningen      Sida 1 av 3": the page counter in the right column is no part of it.
        head = WithoutCounterColumn(head).Trim();
        // "VÄXJÖ KOMMUN      Äldrerådet, anteckningar 2027-02-17      Sida 1 (4)": the issuer is the head's first column.
        if (head.Any(char.IsDigit) && ColumnGap().Split(head) is { Length: > 1 } columns && !columns[0].Any(char.IsDigit))
            head = columns[0];
        var parts = head.Split([", ", " · ", " | ", " – "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0 || !Vocabulary.IsOrganisation(FromCapitals(parts[0]))) return null;
        if (!head.Any(char.IsDigit)) return parts.Length is 1 or 2 ? (parts[0], parts.ElementAtOrDefault(1)) : null;
        // "Trollhättans stad · Vård- och omsorgsförvaltningen · 461 83 Trollhättan": parts set apart by dots or bars may
        // go on with an address or a date; the issuer leads, and a unit beside it is its department.
        if (!head.Contains(" · ") && !head.Contains(" | ")) return null;
        return (parts[0], parts.Length > 1 && !parts[1].Any(char.IsDigit) && Vocabulary.IsOrganisation(ActionOwner.Capitalised(parts[1])) ? parts[1] : null);
    }
}
