using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>
/// Notes of a network meeting: items headed by the time they began and no number, the presenter after a dash, dues as an
/// ordinal day with a short month or in ISO form.
/// </summary>
public class NetworkMeetingConventionTests
{
    private static Meeting Parse(params string[] body) => ParsedLines.Parse(
    [
        "Länsnätverket för anhörigstöd", "Minnesanteckningar", "", "Datum:  17 sept. 2026", "",
        "Deltagare", "Solby kommun: Åsa Kullenberg, Mattias Ringborg", "Regionen: Hanna Tenggren (sammankallande)", "",
        .. body,
    ]);

    [Fact]
    public void Headings_opened_by_the_time_they_began_are_items_numbered_in_order()
    {
        var meeting = Parse("13.00 Välkommen och presentationsrunda – Hanna Tenggren", "", "Hanna hälsade alla välkomna.", "",
            "13.15 Anhörigstöd i Solby – Åsa Kullenberg och Mattias Ringborg", "", "Åsa berättade om anhörigcaféet.", "",
            "14.35 Unga anhöriga – hur når vi dem? – Hanna Tenggren", "", "Hanna visade foldern.");

        Assert.Equal([("1", "Välkommen och presentationsrunda"), ("2", "Anhörigstöd i Solby"), ("3", "Unga anhöriga – hur når vi dem?")],
            meeting.AgendaItems.Select(i => (i.Number, i.Title)));
        Assert.Equal(["Åsa Kullenberg", "Mattias Ringborg"], meeting.AgendaItems[1].Presenters);
    }

    [Fact]
    public void An_agenda_with_times_line_under_line_makes_no_items() =>
        Assert.Empty(Parse("Program", "", "13.00 Välkommen", "13.15 Anhörigstöd i Solby", "14.00 Fika", "", "Träffen var välbesökt.").AgendaItems);

    [Fact]
    public void A_sentence_of_the_body_that_opens_with_a_time_is_no_heading() =>
        Assert.Equal(["1", "2"], Parse("13.00 Välkommen", "", "Hanna hälsade välkomna.", "", "14.00 Fika och samtal", "",
            "", "15.30 Träffen avslutades.", "").AgendaItems.Select(i => i.Number));

    [Fact]
    public void A_subtitle_after_the_dash_stays_in_the_title() =>
        Assert.Equal(("Ekonomi – utfall 2026 och budget 2027", 0),
            (HeadingPresenters.Split("Ekonomi – utfall 2026 och budget 2027", []).Title, HeadingPresenters.Split("Ekonomi – utfall 2026 och budget 2027", []).Presenters.Count));

    [Theory]
    [InlineData("Kommunerna anmäler en kontaktperson var till Hanna senast 2026-10-15.", "2026-10-15")]
    [InlineData("Hanna återkommer till nätverket den 5:e nov.", "2026-11-05")]
    [InlineData("Åsa mejlar presentationen senast den 2:a okt.", "2026-10-02")]
    public void A_due_as_an_iso_date_or_an_ordinal_day_with_a_short_month_is_read(string sentence, string due) =>
        Assert.Equal(due, DueDates.Read(sentence, new DateOnly(2026, 9, 17)));

    [Fact]
    public void A_named_attendee_who_mails_something_by_a_day_has_a_task()
    {
        var meeting = Parse("13.00 Anhörigstöd i Solby – Åsa Kullenberg", "", "Åsa berättade om caféet.", "",
            "Åsa mejlar presentationen till nätverket senast fre 25/9.", "", "14.00 Avslut", "", "Hanna tackade alla.");

        var action = Assert.Single(meeting.ActionItems);
        Assert.Equal(("Åsa Kullenberg", "2026-09-25"), (action.Owner, action.Due));
    }

    [Theory]
    [InlineData("Maria skickar kalenderinbjudningar till alla mötena före jul.", 2026, 11, 26, "2026-12")]
    [InlineData("Maria skickar inbjudningarna innan julen.", 2026, 12, 28, "2027-12")]
    public void Before_christmas_is_due_in_december(string sentence, int year, int month, int day, string due) =>
        Assert.Equal(due, DueDates.Read(sentence, new DateOnly(year, month, day)));
}
