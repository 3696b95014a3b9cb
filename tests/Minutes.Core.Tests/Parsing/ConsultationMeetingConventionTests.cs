using Minutes.Model;

namespace Minutes.Tests.Parsing;

/// <summary>
/// A hospital's consultation with pensioners' organisations and a working committee's note: the meeting's day in the
/// "Tid" field beside a letterhead date, a chair of the meeting in the list, a place wrapped after the time.
/// </summary>
public class ConsultationMeetingConventionTests
{
    [Fact]
    public void The_day_in_the_time_field_is_the_meetings_not_the_letterhead_date_it_was_written()
    {
        var meeting = ParsedLines.Parse("Region Solö                                   MINNESANTECKNINGAR",
            "Lasarettet i Solby                            Datum: 2027-03-24", "", "Samrådsmöte mellan lasarettet och pensionärerna", "",
            "Tid:    onsdagen den 17 mars 2027, kl. 14.00–16.30", "Lokal:  Lasarettet, konferensrum Sandskogen", "",
            "Närvarande", "", "Pensionärsorganisationerna", "Ingegerd Pålsson, PRO Solby, mötesordförande", "Sture Malmkvist, PRO Solby", "",
            "1. Inledning", "", "Mötet öppnades.");

        Assert.Equal((new DateOnly(2027, 3, 17), new TimeOnly(14, 0), "Ingegerd Pålsson"), (meeting.Date, meeting.StartTime, meeting.Chair));
    }

    [Fact]
    public void A_place_begun_after_the_time_in_Tid_och_plats_wraps_onto_the_next_line() =>
        Assert.Equal("Stadshuset, sammanträdesrum Hyndevad", ParsedLines.Parse("ANTECKNINGAR", "", "Pensionärsrådets arbetsutskott", "",
            "Tid och plats: tisdagen den 19 januari 2027 kl. 10.00–11.15, Stadshuset,", "sammanträdesrum Hyndevad", "",
            "Närvarande: Roger Tillberg (S), Ulla Wiksell (SPF Seniorerna)", "", "1. Föregående anteckningar", "", "De lades till handlingarna.").Location);

    [Theory]
    [InlineData("Leila reviderar utkastet och skickar det till gruppen.")]
    [InlineData("Niklas stämmer av med HR och meddelar gruppen.")]
    public void A_named_attendee_who_revises_or_checks_something_has_a_task(string sentence) =>
        Assert.Single(ParsedLines.Parse("MINNESANTECKNINGAR", "", "Referensgruppen", "", "Datum: 2027-03-02", "",
            "Närvarande: Leila Haddad, Niklas Edgren", "", "1. Utkastet", "", sentence).ActionItems);
}
