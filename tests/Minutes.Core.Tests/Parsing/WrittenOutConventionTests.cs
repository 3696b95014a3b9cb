using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>Conventions met in unseen minutes, each in the smallest document that shows it.</summary>
public class WrittenOutConventionTests
{
    private static Meeting Parse(params string[] lines) => ParsedLines.Parse(lines);

    [Fact]
    public void Several_labels_on_one_header_line_each_give_their_field()
    {
        var meeting = Parse("MÖTESANTECKNINGAR", "", "Länspensionärsrådet", "",
            "Datum: 2025-09-18   Tid: 09.30–12.00   Plats: Regionens hus, lokal Sunnersta", "", "1 Inledning", "Mötet öppnas.");

        Assert.Equal((new DateOnly(2025, 9, 18), new TimeOnly(9, 30), new TimeOnly(12, 0), "Regionens hus, lokal Sunnersta"),
            (meeting.Date, meeting.StartTime, meeting.EndTime, meeting.Location));
    }

    [Fact]
    public void A_paragraph_sign_alone_on_its_line_heads_the_title_below_it()
    {
        var meeting = Parse("PROTOKOLLSUTDRAG", "", "Hälso- och sjukvårdsnämnden", "", "Datum 2024-09-24", "",
            "§ 118", "Direktinläggning till geriatrik från ambulans", "", "Nämnden beslutar att godkänna utvärderingen.");

        var item = Assert.Single(meeting.AgendaItems);
        Assert.Equal(("118", "Direktinläggning till geriatrik från ambulans"), (item.Number, item.Title));
    }

    [Fact]
    public void A_follow_up_bullet_gives_task_owner_and_due()
    {
        var meeting = Parse("MÖTESANTECKNINGAR", "", "Extrainsatt möte", "", "Datum: 2025-10-02", "",
            "1 Närakuterna", "Uppdraget diskuterades.", "", "• Sammanställa remissvaren och skicka dem till rådet – Förvaltningen, 14 november");

        var action = Assert.Single(meeting.ActionItems);
        Assert.Equal(("Sammanställa remissvaren och skicka dem till rådet", "Förvaltningen", "2025-11-14"), (action.Text, action.Owner, action.Due));
    }

    [Fact]
    public void A_question_and_its_answer_on_one_line_are_two_things()
    {
        var meeting = Parse("MÖTESANTECKNINGAR", "", "Rådet", "", "Datum: 2025-10-02", "",
            "1 Budget", "Budgeten presenteras.", "", "Fråga: Gäller det alla vårdcentraler? Svar: Ja, alla inom vårdvalet.");

        var question = Assert.Single(meeting.AgendaItems[0].Questions);
        Assert.Equal(("Gäller det alla vårdcentraler?", "Ja, alla inom vårdvalet."), (question.Text, question.Answer));
    }

    [Fact]
    public void Dates_in_the_body_are_no_schedule_unless_a_line_announces_the_meeting_times()
    {
        var meeting = Parse("PROTOKOLL", "", "Utskottet", "", "Datum 2025-10-21", "",
            "§ 40 Justering", "Utskottet beslutar att justera protokollet", "tisdagen den 28 oktober 2025,", "",
            "§ 41 Mötestider", "Utskottet sammanträder följande datum 2026:", "12 februari", "16 april");

        Assert.Equal([new DateOnly(2026, 2, 12), new DateOnly(2026, 4, 16)], meeting.ScheduledMeetings.Select(m => m.Date));
    }
}
