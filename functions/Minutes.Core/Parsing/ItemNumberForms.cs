namespace Minutes.Parsing;

/// <summary>
/// How an item's number is printed before its title, besides "3 Title" and "3. Title": with a word before it
/// ("Punkt 3  Title", "Ärende 4  Title"), closed by a parenthesis or a colon ("1) Title", "Punkt 3: Title"), and
/// followed by the item's time in an agenda with times ("2   13.10   Title").
/// The word or mark alone makes no heading: <see cref="ItemHeading"/> still wants the numbers in order.
/// </summary>
public static class ItemNumberForms
{
    /// <summary>The word that may stand before the number.</summary>
    public const string Word = $@"(?:(?:{Vocabulary.ItemWords})\s+)?";

    /// <summary>The mark that may close the number: ".", ")" or ":"; or "," where a scan read the full stop as one ("3, Aktuellt …").</summary>
    public const string Close = @"(?:[.:),])?";

    /// <summary>The paragraph sign of a protokoll's item, also as a scan reads it: "§ 10", "$ 10", "& 10", "£10".</summary>
    public const string Sign = @"(?:[§$&£]{1,2}\s*)";

    /// <summary>
    /// The time an agenda with times prints between the number and the title: "2   13.10   Information om …",
    /// "3  kl. 13.40–14.10  Erfarenheter …". It is the item's slot, not part of its title.
    /// </summary>
    public const string Slot = @"(?:(?:kl\.?\s*)?\d{1,2}[.:]\d{2}(?:\s*[-–]\s*\d{1,2}[.:]\d{2})?\s+)?";
}
