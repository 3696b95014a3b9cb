using Minutes.Model;

namespace Minutes.Tests.Parsing;

/// <summary>
/// A municipal council's notes: attendees under group headings ("Förtroendevalda", "Organisationer", "Tjänstepersoner")
/// with each organisation in a column beside the name; last meeting's action list followed up in a table with a status.
/// </summary>
public class ActionFollowUpTableConventionTests
{
    private static readonly string[] Header =
    [
        "Region Solö                                   MINNESANTECKNINGAR", "Socialförvaltningen                           2027-04-22", "", "",
        "Kommunala rådet för funktionshinder- och pensionärsfrågor", "", "Mötestid:    13.30–16.00",
        "Mötesplats:  Regionens hus, rum Fårö", "", "Förtroendevalda", "Ann-Sofie Botvidsson (S), ordförande",
        "Jesper Hogrell (C), vice ordförande", "", "Organisationer", "Rune Klintelius              PRO Solö",
        "Sven-Olof Gahnström          SKPF Pensionärerna avd 132 Solö", "Tove Ekedahl                 Autism- och Aspergerföreningen Solö",
        "", "Tjänstepersoner", "Camilla Lyrhem               Socialförvaltningen", "Fredrik Hejdenberg           Teknikförvaltningen (punkt 4)", "",
    ];

    private static Meeting Parse(params string[] body) => ParsedLines.Parse([.. Header, .. body]);

    [Fact]
    public void Elected_members_under_their_own_heading_are_attendees_and_the_place_ends_before_them()
    {
        var meeting = Parse("Punkt 1 – Mötets öppnande", "", "Mötet öppnades.");

        Assert.Equal("Regionens hus, rum Fårö", meeting.Location);
        Assert.Equal("Ann-Sofie Botvidsson", meeting.Chair);
        Assert.Contains(new Attendee("Jesper Hogrell", "C"), meeting.Attendees);
    }

    [Fact]
    public void Each_name_takes_the_organisation_in_the_column_beside_it_with_its_digits_och_and_without_a_note()
    {
        var meeting = Parse("Punkt 1 – Mötets öppnande", "", "Mötet öppnades.");

        Assert.Equal(
        [
            new Attendee("Ann-Sofie Botvidsson", "S"), new Attendee("Jesper Hogrell", "C"), new Attendee("Rune Klintelius", "PRO Solö"),
            new Attendee("Sven-Olof Gahnström", "SKPF Pensionärerna avd 132 Solö"), new Attendee("Tove Ekedahl", "Autism- och Aspergerföreningen Solö"),
            new Attendee("Camilla Lyrhem", "Socialförvaltningen"), new Attendee("Fredrik Hejdenberg", "Teknikförvaltningen"),
        ], meeting.Attendees);
    }

    private static readonly string[] FollowUp =
    [
        "Punkt 1 – Uppföljning av åtgärdslistan från den 18 februari", "",
        "| Nr | Åtgärd                              | Ansvarig        | Status               |",
        "|----|-------------------------------------|-----------------|----------------------|",
        "| 1  | Bjuda in färdtjänstens handläggare  | Camilla Lyrhem  | Klar, se punkt 2     |",
        "| 3  | Undersöka ledstråk och belysning    | Fredrik         | Pågår. Ny tid: till  |",
        "|    | vid busshållplatserna               | Hejdenberg      | mötet 10 juni        |",
        "| 5  | Fråga lasarettet om hörslinga i     | Camilla Lyrhem  | Stryks, slingan      |",
        "|    | receptionen                         |                 | installerades i mars |",
        "| 6  | Sammanställa medlemmarnas           | Rune Klintelius | Pågår, klart till    |",
        "|    | synpunkter på hemtjänsttaxan        |                 | nästa möte           |",
    ];

    [Fact]
    public void Rows_of_last_meetings_list_marked_done_or_dropped_are_no_actions_and_open_ones_take_their_new_time_from_the_status()
    {
        var meeting = Parse([.. FollowUp, "", "Punkt 2 – Färdtjänst", "", "Resorna diskuterades."]);

        Assert.Equal(
        [
            ("1", "Undersöka ledstråk och belysning vid busshållplatserna", "Fredrik Hejdenberg", "2027-06-10"),
            ("1", "Sammanställa medlemmarnas synpunkter på hemtjänsttaxan", "Rune Klintelius", "next-meeting"),
        ], meeting.ActionItems.Select(a => (a.AgendaItemNumber, a.Text, a.Owner, a.Due)));
    }

    [Fact]
    public void A_piped_table_ends_where_the_next_page_opens_with_the_next_heading()
    {
        // Once the running head is taken out, the next page's heading follows the table's last row with no blank line.
        var meeting = Parse([.. FollowUp, "Punkt 2 – Färdtjänst", "Fredrik Hejdenberg, Teknikförvaltningen", "", "Resorna diskuterades."]);

        Assert.Equal(["1", "2"], meeting.AgendaItems.Select(i => i.Number));
        Assert.Equal(["Fredrik Hejdenberg"], meeting.AgendaItems[1].Presenters);
    }

    [Fact]
    public void A_next_meeting_item_headed_with_Punkt_and_a_dash_gives_the_date_under_it() =>
        Assert.Equal(new MeetingTime(new DateOnly(2027, 6, 10), new TimeOnly(13, 30)),
            Parse("Punkt 1 – Mötets öppnande", "", "Mötet öppnades.", "", "Punkt 2 – Nästa möte", "",
                "Torsdag den 10 juni kl. 13.30–16.00 i Regionens hus.").NextMeeting);
}
