using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// Questions from the floor: a paragraph opened by "Fråga:", "Fråga från salen:", "Fråga från PRO:", "Inspel:" (or
/// "Synpunkt:"), answered by the paragraph after it (opened by "Svar:" or not) unless that is another question.
/// OCR often reads the colon as a semicolon.
/// </summary>
public static partial class QuestionBlock
{
    public static string? Kind(string text)
    {
        var m = Opening().Match(text);
        return m.Success ? m.Groups[1].Value : null;
    }

    public static List<Question> Read(IReadOnlyList<Paragraph> paragraphs)
    {
        var questions = new List<Question>();
        for (var i = 0; i < paragraphs.Count; i++)
        {
            var m = Opening().Match(paragraphs[i].Text);
            if (!m.Success)
            {
                if (BulletQuestion.Read(paragraphs[i], i + 1 < paragraphs.Count ? paragraphs[i + 1] : null) is { } bulleted) questions.Add(bulleted);
                continue;
            }
            // "Fråga: … ? Svar: …" on one line.
            if (Inline(paragraphs[i].Text, m) is { } both)
            {
                questions.Add(both);
                continue;
            }
            // "Frågor från rådet:" over bulleted questions heads them, and asks nothing itself.
            if (paragraphs[i].Text[m.Length..].Trim().Length == 0 && i + 1 < paragraphs.Count && paragraphs[i + 1].IsBullet) continue;
            string? answer = null;
            if (i + 1 < paragraphs.Count && Kind(paragraphs[i + 1].Text) is null && !IsSubheading(paragraphs[i + 1].Text))
                answer = WithoutAnswerLabel(paragraphs[i + 1].Text);
            questions.Add(new Question(paragraphs[i].Text[m.Length..].Trim(), answer));
        }
        return questions;
    }

    /// <summary>The paragraph that answers a question, if paragraph i is one.</summary>
    public static bool IsAnswer(IReadOnlyList<Paragraph> paragraphs, int i) =>
        i > 0 && Kind(paragraphs[i - 1].Text) is not null && Kind(paragraphs[i].Text) is null
        // "Svar (Erik Lejd): …" under a question set as a bullet or a lettered entry.
        || IsAnswerLabel(paragraphs[i].Text) && Kind(paragraphs[i].Text) is null;

    /// <summary>The answer given on the question's own line ("Fråga: … ? Svar: Nej. …"), or null.</summary>
    public static string? InlineAnswerOf(string text) =>
        Opening().Match(text) is { Success: true } m ? Inline(text, m)?.Answer : null;

    private static Question? Inline(string text, Match opening) =>
        InlineAnswer().Match(text, opening.Length) is { Success: true } a
            ? new Question(text[opening.Length..a.Index].Trim(), text[(a.Index + a.Length)..].Trim()) : null;

    public static bool IsAnswerLabel(string text) => AnswerPrefix().IsMatch(text);

    /// <summary>
    /// "Fråga 1 från PRO Stockholms län" or "Svar" alone on its line, over the question or answer: a label without its
    /// colon, given one so it reads as the label it is.
    /// </summary>
    public static string WithColonIfLabelAlone(string line) => LabelAlone().IsMatch(line) ? line.TrimEnd() + ":" : line;

    // "Fråga 1 från PRO Väst", "Fråga 4 – SKPF Pensionärerna avd. 47 Täby".
    [GeneratedRegex(@"^(?:Fråga(?:\s+\d{1,2})?(?:\s+(?:från|–|-)\s+\p{Lu}[\p{L}\d\s.-]{1,50})?|Svar(?:\s+från\s+\p{Lu}[\p{L}\s-]{1,40})?)\s*$")]
    private static partial Regex LabelAlone();

    public static string WithoutAnswerLabel(string text) => AnswerPrefix().Replace(text, "").Trim();

    private static bool IsSubheading(string text) => text.Length < 60 && !Paragraphs.EndsSentence(text) && !text.Contains(". ");

    // "Fråga:", "Fråga från salen:", "Inspel från SKPF:", "Fråga (PRO):", "Fråga 2:", "Fråga 1 (SKPF):", and terse
    // minutes' "F:" (a capital, so a lower-case "f:" in running text is none).
    [GeneratedRegex($@"^((?:Fråg(?:a|or)|Inspel|Synpunkt(?:er)?|Medskick)(?:(?:\s+\d{{1,2}})?\s+(?:från|–|-)\s+\p{{Lu}}[\p{{L}}\d\s.-]{{1,50}}?(?:\s*\([^()]{{1,40}}\))?|(?:\s+\d{{1,2}})?\s*\([^()]{{1,40}}\)|\s+\d{{1,2}})?|(?-i:{Vocabulary.ShortQuestionLabel}))\s*[:;]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"(?<=[?.])\s+Svar\s*[:;]\s*")]
    private static partial Regex InlineAnswer();

    // "Svar:", "Svar från förvaltningen:", "Svar (Sofia Lind):", and terse minutes' "S:".
    [GeneratedRegex($@"^(?:Svar(?:\s+från\s+[\p{{L}}\s-]{{2,40}}?(?:\s*\([^()]{{1,40}}\))?|\s*\([^()]{{1,40}}\))?|(?-i:{Vocabulary.ShortAnswerLabel}))\s*[:;]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerPrefix();
}
