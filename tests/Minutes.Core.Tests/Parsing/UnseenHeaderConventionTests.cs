using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>Header, attendee, decision and schedule conventions met in unseen minutes, each in the smallest document that shows it.</summary>
public class UnseenHeaderConventionTests
{
    private static Meeting Parse(params string[] lines) => ParsedLines.Parse(lines);

    [Fact]
    public void Headerless_minutes_take_kind_time_and_a_wrapped_title_from_their_opening_lines()
    {
        var meeting = Parse("Hälso- och sjukvårdsförvaltningen · Avdelning närsjukvård", "________________________", "",
            "Lokal samverkansgrupp för", "Södertälje och Nykvarn", "",
            "Minnesanteckningar från mötet tisdagen den 18 november 2025 kl. 13.00–15.00 på", "Södertälje sjukhus.", "",
            "1. Inledning", "Mötet öppnas.");

        Assert.Equal((DocumentType.Motesanteckningar, "Lokal samverkansgrupp för Södertälje och Nykvarn", "Hälso- och sjukvårdsförvaltningen", "Avdelning närsjukvård"),
            (meeting.DocumentType, meeting.Title, meeting.Organization, meeting.Department));
        Assert.Equal((new DateOnly(2025, 11, 18), new TimeOnly(13, 0), new TimeOnly(15, 0)), (meeting.Date, meeting.StartTime, meeting.EndTime));
    }

    [Fact]
    public void An_attendee_table_drawn_with_rules_and_bars_gives_organisations_and_roles()
    {
        var meeting = Parse("MÖTESANTECKNINGAR", "", "Rådet", "", "Datum: 2025-10-14", "", "Närvarande:", "",
            "+----------------+--------------+-------------+", "| Namn           | Organisation | Roll        |",
            "+----------------+--------------+-------------+", "| Birgitta Sundin | PRO Huddinge | ordförande  |",
            "| Kenneth Åkerlund | PRO Huddinge |             |", "| Tommy Grahn    | Huddinge kommun | sekreterare |",
            "+----------------+--------------+-------------+", "", "1. Inledning", "Mötet öppnas.");

        Assert.Equal([("Birgitta Sundin", "PRO Huddinge"), ("Kenneth Åkerlund", "PRO Huddinge"), ("Tommy Grahn", "Huddinge kommun")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
        Assert.Equal(("Birgitta Sundin", "Tommy Grahn"), (meeting.Chair, meeting.Secretary));
    }

    [Fact]
    public void The_signature_name_may_stand_after_a_blank_line_and_a_sentence_opening_with_the_role_is_no_signature()
    {
        var meeting = Parse("MÖTESANTECKNINGAR", "", "Rådet", "", "Datum: 2025-09-25", "", "1. Workshop",
            "Sekreteraren sammanställer synpunkterna och skickar dem vidare.", "", "Vid anteckningarna", "", "William Stampe");

        Assert.Equal("William Stampe", meeting.Secretary);
    }

    [Fact]
    public void Every_sentence_under_a_beslut_line_is_a_decision_whatever_its_verb()
    {
        var meeting = Parse("PROTOKOLL", "", "Beredningen", "", "Datum 2026-01-20", "", "§ 2 Val av justerare", "", "Beslut",
            "Farid Osmani (S) utses till justerare. Justering sker tisdagen den 27 januari 2026.");

        Assert.Equal(2, meeting.AgendaItems[0].Decisions.Count);
    }

    [Fact]
    public void Slides_that_number_their_own_headings_are_a_presentation()
    {
        var meeting = Parse("Region Stockholm", "", "Rätt vård på rätt nivå", "Regionala pensionärsrådet, 4 mars 2026", "",
            "1. Bakgrund", "• Fler äldre", "• Färre vårdplatser", "", "2. Tidplan", "2026: Planering", "2027: Införande", "", "3. Frågor?");

        Assert.Equal(DocumentType.Presentation, meeting.DocumentType);
    }

    [Fact]
    public void A_list_of_meeting_days_may_follow_an_item_headed_kommande_moten()
    {
        var meeting = Parse("MÖTESANTECKNINGAR", "", "Rådet", "", "Datum: 2026-03-04", "", "Punkt 1   Inledning", "Mötet öppnas.", "",
            "Punkt 2   Kommande möten", "", "Rådet möts onsdagarna den 10 juni, 16 september och", "2 december, samtliga kl. 09.30–12.00.");

        Assert.Equal([new DateOnly(2026, 6, 10), new DateOnly(2026, 9, 16), new DateOnly(2026, 12, 2)], meeting.ScheduledMeetings.Select(m => m.Date));
    }

    [Fact]
    public void A_question_from_a_named_member_may_carry_the_party_before_its_colon()
    {
        var meeting = Parse("PROTOKOLL", "", "Rådet", "", "Datum 2026-04-14", "", "§ 27  Övriga frågor",
            "Fråga från Erik Malm (SKPF Pensionärerna): Varför har avgiften höjts?", "Svar: Sekreteraren tar reda på saken.");

        Assert.Single(meeting.AgendaItems[0].Questions);
    }
}
