using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A heading in a front sheet's label column that is no label the parser knows, among the attendee labels: it heads
/// the names beside and below it as "Övriga närvarande" heads its own, and may wrap onto a second line in lower case.
/// <code>
/// Ledamöter             Tomas Lindell (M), ordförande
/// Organisationernas     Namn                 Organisation
/// representanter        Lars-Göran Fridh     DHR Karlskrona
/// </code>
/// </summary>
public static partial class ColumnGroupLabel
{
    /// <summary>
    /// "Organisationernas     Namn   Organisation": the heading and its first value. Two words need the value in the
    /// values' column: on a scan's text, which keeps no indent, "Siv Ottosson    SRF Blekinge" is a row, not a heading.
    /// Only where the attendee label set its value in a column beside it (<paramref name="valueColumn"/>); a table's
    /// caption row ("Namn    Organisation") is none, nor a table's row that opens with a person's name ("Kjell Ingvarsson    Hörselskadades …").
    /// </summary>
    /// <param name="inTable">The group or label above holds a table of names and organisations, whose next row opens with a name.</param>
    public static (string Label, string Value)? Read(string line, int valueColumn, bool inTable = false) =>
        valueColumn > 0 && LabelThenValue().Match(line) is { Success: true } m && char.IsUpper(m.Groups["label"].Value[0])
        && !IsNameCaption(m.Groups["label"].Value) && !(inTable && Names.Leading(m.Groups["label"].Value) == m.Groups["label"].Value)
        && (InColumn(m, valueColumn) || OneWord().IsMatch(m.Groups["label"].Value) && !m.Groups["label"].Value.All(char.IsUpper))
            ? (m.Groups["label"].Value, m.Groups["value"].Value.TrimEnd()) : null;

    /// <summary>"representanter        Lars-Göran Fridh …": the heading's wrapped word and the value beside it.</summary>
    public static (string Word, string Value)? Continuation(string line) =>
        LabelThenValue().Match(line) is { Success: true } m && char.IsLower(m.Groups["label"].Value[0]) && !m.Groups["label"].Value.Contains(' ')
            ? (m.Groups["label"].Value, m.Groups["value"].Value.TrimEnd()) : null;

    /// <summary>"SKPF Pensionärerna    Rune Ståhlberg" over "avd Övre Dalarna": the heading's wrapped end, with nothing beside it.</summary>
    public static string? WrappedAlone(string line) =>
        line.Length > 0 && char.IsLower(line[0]) && !line.Trim().Contains("  ", StringComparison.Ordinal) && line.Trim().Split(' ').Length <= 4
            ? line.Trim() : null;

    /// <summary>
    /// A one-word heading alone on its line after a blank one: a plural in its definite form ("Pensionärsorganisationerna",
    /// "Kommunerna") or an organisation's ("Förvaltningen"); after a table's row, an organisation's name ("Region
    /// Gävleborg").
    /// </summary>
    /// <param name="afterRow">The line above is a table's row, whose last cell would take the heading in as its wrapped end.</param>
    public static bool IsHeading(string line, bool afterRow)
    {
        // A lone word is read as the end of the name above it: a group's is told by its form (a surname wrapped onto a
        // line of its own is none). A heading of more words ("Från förvaltningen") the attendee block reads itself, but
        // for one under a row of cells.
        var text = line.Trim();
        if (!OneWord().IsMatch(text)) return afterRow && Vocabulary.IsOrganisation(text) && char.IsUpper(text.Split(' ')[^1][0]);
        return Vocabulary.IsOrganisation(text) || Vocabulary.OrganisationNouns.Contains(text.ToLowerInvariant()) || DefinitePlural().IsMatch(text);
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L}-]+$")]
    private static partial Regex OneWord();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{3,}(?:erna|arna|orna)$")]
    private static partial Regex DefinitePlural();

    /// <summary>Where a label's value starts on its line, when a gap of the layout sets it apart; else -1.</summary>
    public static int ValueColumn(string line, string value)
    {
        var at = value.Length == 0 ? -1 : line.IndexOf(value, StringComparison.Ordinal);
        return at >= 2 && line[at - 1] == ' ' && line[at - 2] == ' ' ? at : -1;
    }

    /// <summary>
    /// Under an attendee label with nothing beside it ("Närvarande" alone), the first group heading in the label column
    /// ("Patientnämnden           Lars-Åke Svensson, ordförande, …") sets the values' column: where its names start; else -1.
    /// A row of a name and an organisation ("Eva Gustavsson    Funktionsrätt") sets none.
    /// </summary>
    public static int FirstValueColumn(string line) =>
        LabelThenValue().Match(line) is { Success: true } m && char.IsUpper(m.Groups["label"].Value[0]) && !IsNameCaption(m.Groups["label"].Value)
        && Names.Leading(m.Groups["label"].Value) is null && Names.Leading(m.Groups["value"].Value) is not null
            ? m.Groups["value"].Index : -1;

    private static bool IsNameCaption(string label) => label.Equals(Vocabulary.NameCaption, StringComparison.OrdinalIgnoreCase);

    // A value that starts within a letter or two of the column the labels' values start at.
    private static bool InColumn(Match m, int valueColumn) => Math.Abs(m.Groups["value"].Index - valueColumn) <= 2;

    // One or two words from the line's start, a gap of two spaces or more, then the value.
    [GeneratedRegex(@"^(?<label>\p{L}[\p{L}-]+(?: \p{L}[\p{L}-]+)?)\s{2,}(?<value>\S.*)$")]
    private static partial Regex LabelThenValue();
}
