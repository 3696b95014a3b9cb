using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Minutes.Model;
using Minutes.Text;

namespace Minutes.Parsing;

/// <summary>Swedish minutes (mötesanteckningar or § protokoll), read from pages of lines, as a meeting. Pure.</summary>
public static partial class MinutesParser
{
    /// <param name="fileName">The uploaded file's name: the last clue to the series of minutes that name their forum nowhere else.</param>
    public static Meeting Parse(DocumentText text, string? fileName = null)
    {
        var (tableRows, lines) = ActionTable.Extract(TableOfContents.SetAside(SourceLines.From(text)));
        // An agenda printed before the minutes lists the items; the headings after it are the items (End is 0 without one).
        var headings = ItemHeading.FindAll(lines, AgendaList.End(lines));
        var header = HeaderBlock.Read(lines, headings.Count > 0 ? headings[0].Line : Math.Min(lines.Count, 60), text.RunningHeads);
        var warnings = header.Warnings.ToList();
        var itemsEnd = ItemsEnd(text, lines, headings, warnings);

        var type = header.DocumentType;
        // Slides may number their own headings ("1. Bakgrund" on a slide of bullets): without the words of minutes in the
        // header, the lines' shape decides. The shape alone is a weak sign (minutes wrapped at a narrow measure end few
        // lines with a full stop), so a list of who attended keeps a document minutes: slides have none.
        if (type == DocumentType.Unknown && header.AttendeeBlocks.Count == 0 && LooksLikeSlides(lines))
            type = DocumentType.Presentation;
        var seriesId = MeetingIds.SeriesFromTitle(SeriesName.Infer(header, lines, text.RunningHeads, fileName));
        var meetingId = MeetingIds.Meeting(seriesId, header.Date, ContentKey(text));
        if (type == DocumentType.Presentation)
            return new Meeting { Id = meetingId, SeriesId = seriesId, DocumentType = type, Title = header.Title, Warnings = ["The document reads as slides, not minutes."] };
        if (headings.Count == 0) warnings.Add("No numbered items were found.");
        // Minutes that print their kind nowhere, with numbered items and who attended: § items make a protokoll, other
        // numbers notes of the meeting.
        if (type == DocumentType.Unknown && headings.Count > 0 && header.AttendeeBlocks.Count > 0)
        {
            type = headings.All(h => h.Paragraph) ? DocumentType.Protokoll : DocumentType.Motesanteckningar;
            warnings.Add($"The kind of minutes is printed nowhere; they are read as {(type == DocumentType.Protokoll ? "a protokoll" : "mötesanteckningar")}.");
        }

        var attendees = AttendeeBlock.Read(header.AttendeeBlocks);
        var attendeeNames = attendees.Attendees.Select(a => a.Name).ToList();
        var read = headings.Select((h, k) => ItemReader.From(lines, h, k + 1 < headings.Count ? headings[k + 1].Line : itemsEnd, attendeeNames)).ToList();
        var people = attendees.Attendees.Select(a => a.Name).Concat(read.SelectMany(r => r.Item.Presenters)).ToList();
        var actions = read.SelectMany(r => ActionCues.Read(r, meetingId, header.Date, people)).ToList();
        var schedule = MeetingSchedule.Read(lines, header.Date, header.Title);
        var next = NextMeetingOf(lines, header.Date, schedule);
        actions = WatchListReference.Fold(actions, tableRows,
            TableActions(tableRows, read.Select(r => r.Item).ToList(), headings.Select(h => h.Line).ToList(), meetingId, header.Date, people).ToList());
        actions.AddRange(SummaryTasks.Read(lines, itemsEnd, meetingId, header.Date, people, actions));

        return new Meeting
        {
            Id = meetingId,
            SeriesId = seriesId,
            DocumentType = type,
            // Headerless minutes print their forum only in a running head or foot ("Nätverket … i Sydost · 2026-02-10").
            Title = header.Title ?? text.RunningHeads.Select(SeriesName.FromRunningHead).FirstOrDefault(n => n is not null),
            Organization = header.Organization,
            Department = header.Department,
            DiaryNumber = header.DiaryNumber,
            Date = header.Date,
            StartTime = header.StartTime,
            EndTime = header.EndTime,
            Location = header.Location,
            Attendees = attendees.Attendees,
            Chair = Whole(header.Chair, people) ?? attendees.Chair ?? ElectedChair.Find(lines, people),
            Secretary = Whole(header.Secretary, people) ?? attendees.Secretary ?? Signature(lines) ?? MinuteTakerSentence.Find(lines),
            AgendaItems = read.Select(r => r.Item).ToList(),
            ActionItems = ItemTag.Refile(actions, read.Select(r => r.Item).ToList()),
            NextMeeting = next,
            ScheduledMeetings = schedule,
            Attachments = Attachments.Read(lines),
            Warnings = warnings,
        };
    }

    /// <summary>
    /// Where the items end: at the first line that closes them (signatures, attachments) after the last heading; or,
    /// earlier, at the pages past the last one that carries the minutes' running head (slides, attachments appended).
    /// </summary>
    private static int ItemsEnd(DocumentText text, List<SourceLine> lines, List<ItemHeading.Found> headings, List<string> warnings)
    {
        var from = headings.Count > 0 ? headings[^1].Line : 0;
        var itemsEnd = Enumerable.Range(from, lines.Count - from).FirstOrDefault(i => ItemHeading.EndOfItems(lines, i), -1);
        if (itemsEnd < 0) itemsEnd = lines.Count;
        if (text.HeadedPages.Count >= 2 && text.Pages.Count > text.HeadedPages.Max()
            && lines.FindIndex(l => l.Page > text.HeadedPages.Max()) is var appended and >= 0 && appended < itemsEnd)
        {
            itemsEnd = appended;
            warnings.Add($"Pages {text.HeadedPages.Max() + 1}–{text.Pages.Count} carry no running head of the minutes; read as appended material, kept out of the items.");
        }
        return itemsEnd;
    }

    /// <summary>
    /// The next meeting as a sentence names it, with the time a list of meeting dates gives that day ("Nästa möte blir
    /// alltså den 4 september" under the list); without such a sentence, the first of the meetings the minutes list.
    /// </summary>
    private static MeetingTime? NextMeetingOf(List<SourceLine> lines, DateOnly? date, List<ScheduledMeeting> schedule)
    {
        var next = NextMeeting.Read(lines, date);
        if (next is { StartTime: null } && schedule.FirstOrDefault(s => s.Date == next.Date) is { StartTime: { } listed })
            next = next with { StartTime = listed };
        if (next is null && schedule.Count > 0) next = new MeetingTime(schedule[0].Date, schedule[0].StartTime);
        return next;
    }

    /// <summary>A table's rows as actions, under the item their "Punkt" names, else the item the table stands in.</summary>
    private static IEnumerable<ActionItem> TableActions(List<ActionTable.Row> rows, List<AgendaItem> items, List<int> headingLines, string meetingId, DateOnly? date,
        IReadOnlyList<string> people)
    {
        var counts = new Dictionary<string, int>();
        var numbers = TableItems(rows, items);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var number = numbers[r];
            // Without a Punkt column: the item whose heading stands last above the row ("Att göra" under item 4).
            number ??= headingLines.FindLastIndex(l => l <= row.Line) is var k and >= 0 && k < items.Count ? items[k].Number : items.LastOrDefault()?.Number;
            var key = number ?? "0";
            counts[key] = counts.GetValueOrDefault(key, 1000) + 1;
            yield return new ActionItem
            {
                // Numbered from 1001 so a table row never takes the id of an action read from the item's prose.
                Id = MeetingIds.ActionItem(meetingId, number, counts[key]),
                AgendaItemNumber = number,
                Text = row.Text,
                // "TW" in the Vem column is the attendee whose initials they are.
                Owner = row.Owner is { } o && Names.Clean(o) is { } clean ? TableOwner(clean, people) : null,
                Due = row.Due is { } d ? DueDates.ReadValue(d, date) : DueDates.Read(row.Text, date),
            };
        }
    }

    /// <summary>
    /// The item of each row from its Punkt cell. A scan may lose the dot ("31" for 3.1) or read the number as letters ("Si",
    /// "Jå"): such a row lies between its neighbours, whose items run in the items' order, so it takes the one above's
    /// when the one below has the same, else the item after the one above; the first row the one below's.
    /// </summary>
    private static List<string?> TableItems(List<ActionTable.Row> rows, List<AgendaItem> items)
    {
        var order = items.Select(i => i.Number).ToList();
        string? Known(string cell)
        {
            var given = ItemNumber().Replace(cell, "");
            if (order.Contains(given)) return given;
            return given.Length is 2 or 3 && given.All(char.IsDigit) && given[0] + "." + given[1..] is var dotted && order.Contains(dotted) ? dotted : null;
        }
        var numbers = rows.Select(r => r.Item is { } cell ? Known(cell) : null).ToList();
        for (var r = 0; r < rows.Count; r++)
        {
            if (rows[r].Item is null || numbers[r] is not null) continue;
            var above = r > 0 ? numbers[r - 1] : null;
            var below = numbers.Skip(r + 1).FirstOrDefault(n => n is not null);
            numbers[r] = above is null ? below
                : below == above ? above
                : order.IndexOf(above) + 1 is var next && next < order.Count && (below is null || order.IndexOf(below) >= next) ? order[next] : above;
        }
        return numbers;
    }

    // "Antecknare: KS", "Anteckningar: Linn": initials or a lone first name are the attendee whose they are.
    private static string? Whole(string? name, IReadOnlyList<string> people) =>
        name is null ? null : Initials.Resolve(name, people) ?? (name.Contains(' ') ? null : ActionOwner.Person(name, people)) ?? name;

    // "MB och ES", "Annelie D., Patrik L." in the Vem column: each the attendee whose initials, first name or first name
    // and surname's initial it is.
    private static string TableOwner(string owner, IReadOnlyList<string> people)
    {
        var parts = owner.Split([" och ", ", "], StringSplitOptions.TrimEntries);
        var named = parts.Select(p => ActionOwner.Person(p, people) ?? Initials.Resolve(p, people)).ToList();
        // Full names stay as printed ("Ewa Granberg, Rolf Nyström"); names made whole are joined the one way.
        if (named.SequenceEqual(parts)) return owner;
        return parts.Length > 1 && named.All(n => n is not null) ? string.Join(" och ", named)
            : ActionOwner.Person(owner, people) ?? Initials.Resolve(owner, people) ?? owner;
    }

    /// <summary>"Vid anteckningarna" / "Vid protokollet" / "Vid pennan" / "Sekreterare" over the name of who kept the minutes.</summary>
    private static string? Signature(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (!SignatureLabel().IsMatch(lines[i].Text)) continue;
            var rest = SignatureLabel().Replace(lines[i].Text, "").Trim(' ', ':');
            if (rest.Length > 0 && Names.Leading(rest) is { } inline) return inline;
            // The name may stand after a blank line; a label that is no signature ("Sekreteraren sammanställer …")
            // names no one, and the search goes on.
            var below = Enumerable.Range(i + 1, Math.Max(0, Math.Min(lines.Count, i + 5) - i - 1)).FirstOrDefault(j => !lines[j].IsBlank, -1);
            if (rest.Length == 0 && below >= 0 && Names.Leading(lines[below].Text) is { } name) return name;
        }
        return null;
    }

    // Slides: many short lines, few full sentences, no header labels.
    private static bool LooksLikeSlides(IReadOnlyList<SourceLine> lines)
    {
        var text = lines.Where(l => !l.IsBlank).ToList();
        if (text.Count == 0) return false;
        var sentences = text.Count(l => l.Text.EndsWith('.'));
        return sentences < text.Count / 5;
    }

    private static string ContentKey(DocumentText text) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..12].ToLowerInvariant();

    [GeneratedRegex(@"[§\s]")]
    private static partial Regex ItemNumber();

    [GeneratedRegex($@"^({Vocabulary.MinuteTakerLabels}|Sekreterare|Protokollförare|Antecknat av|Antecknare|{Vocabulary.NotesKeptBy})\b", RegexOptions.IgnoreCase)]
    private static partial Regex SignatureLabel();
}
