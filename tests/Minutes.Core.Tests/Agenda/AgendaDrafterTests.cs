using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Minutes.Agenda;
using Minutes.FollowUps;
using Minutes.Model;

namespace Minutes.Tests.Agenda;

public class AgendaDrafterTests
{
    private static readonly DateTimeOffset Now = new(2025, 9, 4, 6, 0, 0, TimeSpan.Zero);

    private static readonly Meeting June = new()
    {
        Id = "radet.2025-06-12", SeriesId = "radet", Title = "Samverkan med pensionärsorganisationerna",
        Date = new DateOnly(2025, 6, 12), Location = "Järntorget, Lindhagensgatan 98",
        Attendees = [new("Alf Andersson", "PRO"), new("Johan Bratt", "Förvaltningen")],
    };

    private static AgendaInputs Inputs(ScheduledMeeting meeting, IReadOnlyList<OpenAction>? actions = null,
        IReadOnlyList<Proposal>? proposals = null, IReadOnlyList<ScheduledMeeting>? schedule = null) =>
        new("radet", null, null, meeting, [June], actions ?? [], proposals ?? [], schedule ?? [meeting]);

    private static readonly ScheduledMeeting September = new(new DateOnly(2025, 9, 25), new TimeOnly(13, 0), new TimeOnly(14, 30));

    [Fact]
    public void Draft_lists_opening_approval_watch_list_promises_proposals_and_other_business_in_order()
    {
        OpenAction[] actions =
        [
            new("radet.2025-06-12.a3-1", "Utredningen lyfts för beslut under kvartal 4, 2025.", "Förvaltningen", "2025-Q4", June.Date, "3"),
            new("radet.2025-06-12.a4-1", "Förvaltningen återkommer till rådet i ärendet.", "Förvaltningen", null, June.Date, "4"),
        ];
        var schedule = new[] { September, new ScheduledMeeting(new DateOnly(2025, 12, 4), null, null) };

        var draft = AgendaDrafter.Build(Inputs(September, actions, [new Proposal("Tandvård för äldre", "PRO", null)], schedule), Now);

        Assert.Equal(
            ["Inledning", "Mötesanteckningar från sammanträdet den 12 juni", "Aktuellt vid förvaltningen/bevakningslista",
             "Förvaltningen återkommer till rådet i ärendet", "Tandvård för äldre", "Övriga frågor"],
            draft.Items.Select(i => i.Title));
        Assert.Equal([1, 2, 3, 4, 5, 6], draft.Items.Select(i => i.Number));
        var watch = Assert.Single(draft.Items[2].Lines);
        Assert.Contains("mötet 12 juni 2025, punkt 3", watch);
        Assert.Contains("ansvarig: Förvaltningen", watch);
        Assert.Equal("radet.2025-09-25", draft.Id);
        Assert.Equal("Samverkan med pensionärsorganisationerna", draft.SeriesTitle);
        Assert.Equal("Järntorget, Lindhagensgatan 98", draft.Location);
        Assert.Equal(["Alf Andersson", "Johan Bratt"], draft.Invited.Select(a => a.Name));
    }

    private static RecordedFollowUp FollowUp(FollowUpDecision decision = FollowUpDecision.Suggested) => new()
    {
        Number = 1, MeetingId = "radet.2025-06-12", MeetingDate = June.Date, AgendaItemNumber = "5",
        Excerpt = "Helena Ek redovisade väntetiderna.", Confidence = 0.7, Decision = decision,
    };

    [Fact]
    public void The_watch_list_shows_the_latest_follow_up_flags_overdue_items_and_leaves_out_confirmed_ones()
    {
        var april = new DateOnly(2025, 4, 10);
        OpenAction[] actions =
        [
            new("radet.2025-04-10.a3-1", "Förvaltningen återkommer med väntetiderna.", "Förvaltningen", "next-meeting", april, "3",
                ActionStatus.Reported, FollowUp()),
            new("radet.2025-04-10.a4-1", "Statistik över hjälpmedel tas fram.", "Förvaltningen", "2025-06", april, "4"),
            new("radet.2025-04-10.a5-1", "Förvaltningen utreder parkeringen.", null, "2025-Q4", april, "5"),
            new("radet.2025-04-10.a6-1", "Kallelsen skickas i tid.", null, "next-meeting", april, "6"),
            new("radet.2025-04-10.a7-1", "Tolkfrågan utreds.", null, "2025-05-01", april, "7", ActionStatus.Open, FollowUp(FollowUpDecision.Confirmed)),
            new("radet.2025-04-10.a8-1", "Klart sedan länge.", null, "2025-05-01", april, "8", ActionStatus.Done),
        ];

        var draft = AgendaDrafter.Build(Inputs(September, actions), Now);

        var watch = draft.Items.Single(i => i.Title == "Aktuellt vid förvaltningen/bevakningslista").Lines;
        Assert.Equal(4, watch.Count);
        Assert.StartsWith("Förvaltningen återkommer med väntetiderna.", watch[0]);
        Assert.Contains("återrapporterad vid mötet 12 juni 2025, punkt 5: ”Helena Ek redovisade väntetiderna.”", watch[0]);
        // Due in June, nothing reported: overdue by September. Due in Q4: not yet.
        Assert.StartsWith("Försenad: Statistik över hjälpmedel tas fram.", watch[1]);
        Assert.StartsWith("Förvaltningen utreder parkeringen.", watch[2]);
        // Due at the next meeting, which was held in June without a report.
        Assert.StartsWith("Försenad: Kallelsen skickas i tid.", watch[3]);
        Assert.DoesNotContain(watch, l => l.Contains("Tolkfrågan") || l.Contains("Klart sedan länge"));
    }

    [Fact]
    public void The_years_last_meeting_lists_next_years_meeting_times()
    {
        var december = new ScheduledMeeting(new DateOnly(2025, 12, 4), new TimeOnly(13, 0), new TimeOnly(15, 10));
        var schedule = new[] { december, new ScheduledMeeting(new DateOnly(2026, 2, 5), new TimeOnly(13, 0), new TimeOnly(14, 30)) };

        var draft = AgendaDrafter.Build(Inputs(december, schedule: schedule), Now);

        var times = draft.Items[^2];
        Assert.Equal("Mötestider 2026", times.Title);
        Assert.Equal(["Torsdagen den 5 februari 2026 kl. 13:00–14:30"], times.Lines);
        Assert.Equal("Övriga frågor", draft.Items[^1].Title);
    }

    [Fact]
    public void Word_file_has_heading_styles_and_a_numbered_list_of_the_items()
    {
        var draft = AgendaDrafter.Build(Inputs(September, schedule: [September, new ScheduledMeeting(new DateOnly(2025, 12, 4), null, null)]), Now);
        var stream = new MemoryStream();

        DocxAgenda.Render(draft, stream);

        stream.Position = 0;
        using var doc = WordprocessingDocument.Open(stream, false);
        var paragraphs = doc.MainDocumentPart!.Document.Body!.Elements<Paragraph>().ToList();
        string Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        Assert.Contains(paragraphs, p => Style(p) == "Heading1" && p.InnerText == "Samverkan med pensionärsorganisationerna");
        var styleIds = doc.MainDocumentPart.StyleDefinitionsPart!.Styles!.Elements<Style>().Select(s => s.StyleId?.Value).ToList();
        Assert.Contains("Heading1", styleIds);
        Assert.Contains("Heading2", styleIds);
        var numbered = paragraphs.Where(p => p.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value == 1).Select(p => p.InnerText);
        Assert.Equal(draft.Items.Select(i => i.Title), numbered);
        var format = doc.MainDocumentPart.NumberingDefinitionsPart!.Numbering!.Elements<AbstractNum>().First()
            .GetFirstChild<Level>()!.NumberingFormat!.Val!.Value;
        Assert.Equal(NumberFormatValues.Decimal, format);
    }

    [Fact]
    public void Markdown_numbers_the_items_and_says_it_is_a_draft()
    {
        var md = MarkdownAgenda.Render(AgendaDrafter.Build(Inputs(September, schedule: [September, new ScheduledMeeting(new DateOnly(2025, 12, 4), null, null)]), Now));

        Assert.Contains("**Datum:** Torsdagen den 25 september 2025", md);
        Assert.Contains("**Tid:** kl. 13:00–14:30", md);
        Assert.Contains("1. Inledning", md);
        Assert.Contains("*Utkast*", md);
        Assert.Contains("- PRO: Alf Andersson", md);
    }
}
