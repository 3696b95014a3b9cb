using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// A question set as a bullet under the one who asked it, answered by the "Svar:" paragraph right after it:
/// "- SPF Seniorerna: Varför får inte alla …?" / "  Svar: …", or "- Varför får inte alla …? (Stig)". The asker's label and the question mark, with the
/// answer after, make it a question; a bullet that only names a topic ("- Ekonomi: utfallet …") does not.
/// </summary>
public static partial class BulletQuestion
{
    public static Question? Read(Paragraph paragraph, Paragraph? next)
    {
        // "a) SPF Seniorerna Umeå: Hur lång …?": a question lettered in a list is set off as a bullet is.
        var lettered = Lettered().Match(paragraph.Text);
        if (!(paragraph.IsBullet || lettered.Success) || next is null || next.IsBullet || !QuestionBlock.IsAnswerLabel(next.Text)) return null;
        var text = paragraph.Text[lettered.Length..];
        var m = Asked().Match(text) is { Success: true } labelled ? labelled : AskerAfter().Match(text);
        return m.Success ? new Question(m.Groups["q"].Value.Trim(), QuestionBlock.WithoutAnswerLabel(next.Text)) : null;
    }

    [GeneratedRegex(@"^[a-h]\)\s+")]
    private static partial Regex Lettered();

    // "Blir det parkering närmare dialysen? (Stig)": the question, then who asked it in parentheses.
    [GeneratedRegex(@"^(?<q>\p{Lu}[^?]*\?)\s*\(\p{Lu}[^()]{0,40}\)$")]
    private static partial Regex AskerAfter();

    // "PRO Stockholms län: Hur lång …?": a short capitalised label, a colon, a sentence that ends in a question mark.
    // A quoted title may hold a question mark of its own ("Kommer kampanjen ”Hur mår du?” att synas …?").
    [GeneratedRegex(@"^\p{Lu}[^:?.]{1,50}:\s+(?<q>\p{Lu}.*\?)$")]
    private static partial Regex Asked();
}
