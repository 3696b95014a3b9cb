using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// Questions from the floor: a paragraph opened by "Fråga:", "Fråga från salen:", "Inspel:" (or "Synpunkt:"),
/// answered by the paragraph after it (opened by "Svar:" or not) unless that is another question.
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
            if (!m.Success) continue;
            string? answer = null;
            if (i + 1 < paragraphs.Count && Kind(paragraphs[i + 1].Text) is null && !IsSubheading(paragraphs[i + 1].Text))
                answer = AnswerPrefix().Replace(paragraphs[i + 1].Text, "").Trim();
            questions.Add(new Question(paragraphs[i].Text[m.Length..].Trim(), answer));
        }
        return questions;
    }

    /// <summary>The paragraph that answers a question, if paragraph i is one.</summary>
    public static bool IsAnswer(IReadOnlyList<Paragraph> paragraphs, int i) =>
        i > 0 && Kind(paragraphs[i - 1].Text) is not null && Kind(paragraphs[i].Text) is null;

    private static bool IsSubheading(string text) => text.Length < 60 && !Paragraphs.EndsSentence(text) && !text.Contains(". ");

    [GeneratedRegex(@"^(Fråga från salen|Frågor från salen|Fråga|Inspel|Synpunkt|Medskick)\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Opening();

    [GeneratedRegex(@"^Svar\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AnswerPrefix();
}
