namespace Minutes.Parsing;

/// <summary>
/// How an item's number is printed before its title, besides "3 Title" and "3. Title": with a word before it
/// ("Punkt 3  Title", "Ärende 4  Title") and closed by a parenthesis or a colon ("1) Title", "Punkt 3: Title").
/// The word or mark alone makes no heading: <see cref="ItemHeading"/> still wants the numbers in order.
/// </summary>
public static class ItemNumberForms
{
    /// <summary>The word that may stand before the number.</summary>
    public const string Word = $@"(?:(?:{Vocabulary.ItemWords})\s+)?";

    /// <summary>The mark that may close the number: ".", ")" or ":".</summary>
    public const string Close = @"(?:[.:)])?";
}
