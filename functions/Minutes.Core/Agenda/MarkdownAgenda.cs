using System.Text;

namespace Minutes.Agenda;

/// <summary>
/// The draft as Markdown: the header, then the numbered items with what each lists. Every text that comes from users or
/// documents goes through <see cref="OutputText.ForMarkdown"/>, so it renders as itself.
/// </summary>
public static class MarkdownAgenda
{
    public static string Render(AgendaDraft draft)
    {
        var md = new StringBuilder();
        md.Append("# Dagordning: ").AppendLine(OutputText.ForMarkdown(draft.SeriesTitle ?? draft.SeriesId)).AppendLine();
        md.Append("**Datum:** ").AppendLine(SwedishText.DayAndDate(draft.Date) + "  ");
        if (draft.StartTime is not null) md.Append("**Tid:** ").AppendLine(SwedishText.Time(draft.StartTime, draft.EndTime) + "  ");
        if (draft.Location is not null) md.Append("**Plats:** ").AppendLine(OutputText.ForMarkdown(draft.Location) + "  ");
        if (draft.Invited.Count > 0)
        {
            md.AppendLine().AppendLine("**Kallade:**").AppendLine();
            foreach (var group in draft.Invited.GroupBy(a => a.Organization))
                md.Append("- ").Append(group.Key is null ? "" : OutputText.ForMarkdown(group.Key) + ": ")
                    .AppendLine(string.Join(", ", group.Select(a => OutputText.ForMarkdown(a.Name))));
        }
        md.AppendLine();
        if (!draft.Final) md.AppendLine("*Utkast*").AppendLine();
        foreach (var item in draft.Items)
        {
            md.Append(item.Number).Append(". ").AppendLine(OutputText.ForMarkdown(item.Title));
            foreach (var line in item.Lines) md.Append("   - ").AppendLine(OutputText.ForMarkdown(line));
        }
        return md.ToString();
    }
}
