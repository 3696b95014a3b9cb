using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A commission written as a label addressed to its owner: "Uppdrag till sekretariatet: bjud in … och skicka
/// inbjudan senast den 15 augusti." The whole paragraph is the action; who is named after the label owns it.
/// </summary>
public static partial class CommissionLabel
{
    public sealed record Found(string Text, string Owner, string? Due);

    public static Found? Read(string paragraph, DateOnly? meetingDate)
    {
        var m = Label().Match(paragraph);
        return m.Success ? new Found(paragraph.Trim(), ActionOwner.Capitalised(m.Groups["to"].Value.Trim()), DueDates.Read(m.Groups["task"].Value, meetingDate)) : null;
    }

    [GeneratedRegex($@"^(?:{Vocabulary.CommissionLabels})\s+(?<to>\p{{L}}[\p{{L}} -]{{1,40}}?)\s*:\s*(?<task>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Label();
}
