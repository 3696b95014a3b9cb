namespace Minutes.Parsing;

/// <summary>A paragraph of an item's body: wrapped lines joined; a bullet starts one, a blank line ends one.</summary>
public sealed record Paragraph(string Text, bool IsBullet);

public static class Paragraphs
{
    public static List<Paragraph> From(IEnumerable<SourceLine> lines)
    {
        var result = new List<Paragraph>();
        var current = new List<string>();
        var bullet = false;
        void Flush()
        {
            if (current.Count > 0) result.Add(new Paragraph(TextJoin.Lines(current), bullet));
            current.Clear();
            bullet = false;
        }
        var all = lines.ToList();
        var width = all.Count == 0 ? 0 : all.Max(l => l.Text.Length);
        foreach (var line in all)
        {
            if (line.IsBlank) { Flush(); continue; }
            // A label ("Fråga:", "Svar:", "Beslut:") opens a paragraph even right under a subheading ("Överläggning").
            // A bullet that wraps fills its line; after a short one, a capitalised line is the text going on.
            var text = QuestionBlock.WithColonIfLabelAlone(line.Text);
            if (!line.IsBullet && LostParagraphBreak.After(current, width))
            {
                Flush();
                text = LostParagraphBreak.Opening(text);
            }
            if (line.IsBullet || (current.Count > 0 && StartsLabel(text))
                || (bullet && current.Count > 0 && char.IsUpper(text[0]) && current[^1].Length < width * 0.6
                    && !LabelledAction.OpensWithOwnerOrDue(text)))
                Flush();
            if (line.IsBullet) bullet = true;
            current.Add(text);
        }
        Flush();
        return result;
    }

    public static bool EndsSentence(string text) => text.TrimEnd().EndsWith('.') || text.TrimEnd().EndsWith('?') || text.TrimEnd().EndsWith(':');

    private static bool StartsLabel(string text) => QuestionBlock.Kind(text) is not null
        || QuestionBlock.IsAnswerLabel(text) || Decisions.IsLabelled(text);
}
