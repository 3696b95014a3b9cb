using Minutes.FollowUps;
using Minutes.Model;

namespace Minutes.Agenda;

/// <summary>
/// Builds a meeting's agenda from its series' history, in the order the secretariat uses: opening; approval of the
/// last minutes; the bevakningslista (every open action item, with the meeting and item it came from, its latest
/// follow-up, and a flag when it is overdue); what was promised for this meeting; what was proposed for it; the meeting
/// times when it is the year's last; other business. Items whose follow-up people confirmed are done and left out.
/// </summary>
public static class AgendaDrafter
{
    private const int RecentMeetingsForInvitations = 3;

    public static AgendaDraft Build(AgendaInputs inputs, DateTimeOffset builtAt)
    {
        var date = inputs.Meeting.Date;
        var past = inputs.History.Where(m => m.Date < date).OrderBy(m => m.Date).ToList();
        var previous = past.LastOrDefault();
        var items = new List<(string Title, List<string> Lines)> { ("Inledning", []) };

        if (previous?.Date is { } last)
            items.Add(($"Mötesanteckningar från sammanträdet den {SwedishText.DayMonth(last)}", []));

        var open = inputs.OpenActions
            .Where(a => a.Status is ActionStatus.Open or ActionStatus.Reported && a.LatestFollowUp?.Decision != FollowUpDecision.Confirmed)
            .ToList();
        var promised = open.Where(a => IsPromisedFor(a, date, previous?.Date)).ToList();
        var watched = open.Except(promised).OrderBy(a => a.MeetingDate).ThenBy(a => a.Id, StringComparer.Ordinal);
        items.Add(("Aktuellt vid förvaltningen/bevakningslista", watched.Select(a => Watched(a, date, past)).ToList()));
        items.AddRange(promised.Select(a => (Title(a.Text), new List<string> { Describe(a) })));
        items.AddRange(inputs.Proposals.Where(p => p.ForDate is null || p.ForDate == date)
            .Select(p => (p.Title, p.ProposedBy is null ? new List<string>() : [$"Föreslagen av {p.ProposedBy}"])));

        var laterThisYear = inputs.Schedule.Any(m => m.Date > date && m.Date.Year == date.Year);
        if (!laterThisYear)
        {
            var next = inputs.Schedule.Where(m => m.Date.Year == date.Year + 1).OrderBy(m => m.Date)
                .Select(m => $"{SwedishText.DayAndDate(m.Date)} {SwedishText.Time(m.StartTime, m.EndTime)}".Trim()).ToList();
            items.Add(($"Mötestider {date.Year + 1}", next));
        }
        items.Add(("Övriga frågor", []));

        var invited = past.TakeLast(RecentMeetingsForInvitations).SelectMany(m => m.Attendees)
            .GroupBy(a => a.Name).Select(g => g.Last()).ToList();
        return new AgendaDraft
        {
            Id = MeetingIds.Meeting(inputs.SeriesId, date, ""),
            SeriesId = inputs.SeriesId,
            SeriesTitle = inputs.SeriesTitle ?? previous?.Title,
            Date = date,
            StartTime = inputs.Meeting.StartTime,
            EndTime = inputs.Meeting.EndTime,
            Location = inputs.Location ?? previous?.Location,
            Invited = invited,
            Items = items.Select((item, i) => new AgendaDraftItem(i + 1, item.Title, item.Lines)).ToList(),
            BuiltAt = builtAt,
        };
    }

    // Promised for this meeting: "återkommer" or due "next-meeting" at the meeting just before, or a due period this
    // meeting falls in.
    private static bool IsPromisedFor(OpenAction action, DateOnly date, DateOnly? previous) => action.Due switch
    {
        "next-meeting" => action.MeetingDate == previous,
        null => action.MeetingDate == previous && action.Text.Contains("återkommer", StringComparison.OrdinalIgnoreCase),
        var due => DuePeriod.Start(due) is { } start && start <= date && date <= DuePeriod.End(due),
    };

    // On the watch list: flagged when overdue by the meeting's day (due ended, no follow-up stands; due at the next
    // meeting, and one has been held since), with its latest follow-up when there is one.
    private static string Watched(OpenAction a, DateOnly date, List<Meeting> past)
    {
        var next = a.NextMeetingDate ?? past.FirstOrDefault(m => a.MeetingDate is { } d && m.Date > d)?.Date;
        var line = FollowUpRules.IsOverdue(a.Status, a.Due, next, date) ? $"Försenad: {Describe(a)}" : Describe(a);
        if (a.LatestFollowUp is not { } f) return line;
        var where = f.MeetingDate is { } held ? $"mötet {SwedishText.Date(held)}" : "ett senare möte";
        return $"{line} – återrapporterad vid {where}, punkt {f.AgendaItemNumber}: ”{f.Excerpt}” (att bekräfta)";
    }

    private static string Describe(OpenAction a)
    {
        var origin = a.MeetingDate is { } d ? $"mötet {SwedishText.Date(d)}" : "tidigare möte";
        if (a.AgendaItemNumber is not null) origin += $", punkt {a.AgendaItemNumber}";
        var owner = a.Owner is null ? "" : $"; ansvarig: {a.Owner}";
        var due = a.Due is null ? "" : $"; klart: {(a.Due == "next-meeting" ? "till nästa möte" : a.Due)}";
        return $"{a.Text} ({origin}{owner}{due})";
    }

    // A promise is listed under a heading of its own: its first sentence, shortened.
    private static string Title(string text)
    {
        var first = text.Split(". ")[0].TrimEnd('.');
        return first.Length <= 90 ? first : first[..87].TrimEnd() + "…";
    }
}
