using Minutes.Model;

namespace Minutes.Tests.Parsing;

/// <summary>
/// A nurse's notes of a health centre's user council: the forum in capitals over the kind, the day, time and place on one
/// line with a slash date, attendees run on in a paragraph, the chair named in the text, actions marked "ÅTG:".
/// </summary>
public class InformalCouncilNoteConventionTests
{
    private static Meeting Parse(params string[] body) => ParsedLines.Parse(
    [
        "Region Solö", "", "", "BRUKARRÅDET VID SOLBY HÄLSOCENTRAL", "Minnesanteckningar", "",
        "Onsdag 14/10 2026 kl 14–15.30, personalrummet på plan 2", "",
        "Närvarande: Ingrid och Bengt Hallquist (PRO Berg), Solveig Grelsson (SPF Seniorerna). Från Solby hälsocentral:",
        "Mona Ljusberg (verksamhetschef) och Anna Ersmark (distriktssköterska, antecknar). Förhinder: Gösta Edin",
        "(Hjärt- och lungsjukas förening).", "", "",
        .. body,
    ]);

    private static readonly string[] Items =
    [
        "1. Välkomna", "", "Bengt Hallquist, som är rådets ordförande, hälsade alla välkomna.", "", "2. Drop-in", "",
        "ÅTG: Anna gör en affisch om drop-in-tiderna och mejlar den till", "föreningarna senast fredag 23/10.",
    ];

    [Fact]
    public void The_day_line_under_the_kind_is_no_title_and_gives_the_place()
    {
        var meeting = Parse(Items);

        Assert.Equal("BRUKARRÅDET VID SOLBY HÄLSOCENTRAL", meeting.Title, ignoreCase: true);
        Assert.Equal(new DateOnly(2026, 10, 14), meeting.Date);
        Assert.Equal("personalrummet på plan 2", meeting.Location);
    }

    [Fact]
    public void Two_first_names_joined_by_och_before_one_surname_are_two_attendees_of_one_organisation() =>
        Assert.Equal([new Attendee("Ingrid Hallquist", "PRO Berg"), new Attendee("Bengt Hallquist", "PRO Berg")], Parse(Items).Attendees.Take(2));

    [Fact]
    public void The_one_named_as_the_forums_chair_in_the_text_is_the_chair_and_antecknar_makes_the_secretary()
    {
        var meeting = Parse(Items);

        Assert.Equal(("Bengt Hallquist", "Anna Ersmark"), (meeting.Chair, meeting.Secretary));
    }

    [Fact]
    public void A_line_marked_ATG_is_an_action_with_its_owner_and_due()
    {
        var action = Assert.Single(Parse(Items).ActionItems);

        Assert.Equal(("2", "Anna Ersmark", "2026-10-23"), (action.AgendaItemNumber, action.Owner, action.Due));
    }

    [Fact]
    public void A_group_heading_after_a_full_stop_in_a_run_on_list_opens_a_group_and_those_away_are_left_out() =>
        Assert.Equal(
        [
            new Attendee("Ingrid Hallquist", "PRO Berg"), new Attendee("Bengt Hallquist", "PRO Berg"), new Attendee("Solveig Grelsson", "SPF Seniorerna"),
            new Attendee("Mona Ljusberg", "Solby hälsocentral"), new Attendee("Anna Ersmark", "Solby hälsocentral"),
        ], Parse(Items).Attendees);
}
