using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>The schedule conventions of later minutes: announced dates in a line or a decision, and the next meeting stated by the chair.</summary>
public class ScheduleConventionRuleTests
{
    private static Meeting Parse(params string[] lines) => ParsedLines.Parse(lines);

    private static readonly string[] Head = ["MINNESANTECKNINGAR", "", "Gruppen", "", "Datum: 2026-03-04", "", "1. Inledning", "", "Mötet öppnas.", ""];

    [Fact]
    public void A_dates_label_with_a_season_and_a_year_announces_a_schedule()
    {
        Assert.True(ScheduleAnnouncement.Is("Mötesdatum våren 2027: 3 mars och 5 maj"));
        Assert.False(ScheduleAnnouncement.Is("Mötesdatum: 3 mars 2027"));
    }

    [Fact]
    public void Dates_announced_after_a_season_are_scheduled_with_their_shared_time()
    {
        var meeting = Parse([.. Head, "2. Mötestider", "Mötesdatum våren 2027: 3 mars, 7 april och 5 maj,", "samtliga kl. 10.00–12.00 i rum 4. Nästa möte blir alltså den 3 mars."]);

        Assert.Equal([new DateOnly(2027, 3, 3), new DateOnly(2027, 4, 7), new DateOnly(2027, 5, 5)], meeting.ScheduledMeetings.Select(s => s.Date));
        Assert.Equal(new MeetingTime(new DateOnly(2027, 3, 3), new TimeOnly(10, 0)), meeting.NextMeeting);
    }

    [Fact]
    public void A_day_and_month_with_a_slash_takes_the_announced_year()
    {
        Assert.Equal(new DateOnly(2026, 10, 8), SlashDate.Read("8/10", new DateOnly(2026, 1, 1), YearDirection.Nearest));
        Assert.Null(SlashDate.Read("8/10 2026", new DateOnly(2026, 1, 1), YearDirection.Nearest));
    }

    [Fact]
    public void Slash_dates_in_an_announced_list_are_scheduled()
    {
        var meeting = Parse([.. Head, "2. Övrigt", "Mötesdatum hösten 2026: 8/10 och 3/12, båda kl. 9.00–11.00."]);

        Assert.Equal([(new DateOnly(2026, 10, 8), new TimeOnly(9, 0)), (new DateOnly(2026, 12, 3), new TimeOnly(9, 0))],
            meeting.ScheduledMeetings.Select(s => (s.Date, s.StartTime)));
    }

    [Fact]
    public void Iso_dates_in_a_decision_under_a_meeting_plan_heading_are_scheduled()
    {
        var meeting = Parse([.. Head, "§ 5  Sammanträdesplan hösten 2026", "", "Rådet beslutar att sammanträda 2026-09-01,", "2026-10-06 och 2026-11-03, samtliga dagar kl. 13.00–15.00."]);

        Assert.Equal([new DateOnly(2026, 9, 1), new DateOnly(2026, 10, 6), new DateOnly(2026, 11, 3)], meeting.ScheduledMeetings.Select(s => s.Date));
    }

    [Fact]
    public void A_next_meeting_line_without_a_date_takes_none_from_the_sentence_after_it()
    {
        var meeting = Parse([.. Head, "2. Avslutning", "Nästa möte: se kallelse. Ulla Berg skickar ut förslag på", "datum senast den 15 april."]);

        Assert.Null(meeting.NextMeeting);
        Assert.Equal(new DateOnly(2026, 4, 15).ToString("yyyy-MM-dd"), Assert.Single(meeting.ActionItems).Due);
    }

    [Fact]
    public void The_next_meeting_stated_by_the_chair_is_the_next_meeting()
    {
        var meeting = Parse([.. Head, "2. Avslutning", "Ordföranden konstaterade att nästa sammanträde äger rum den 14 april", "kl. 13.00 och avslutade mötet."]);

        Assert.Equal(new MeetingTime(new DateOnly(2026, 4, 14), new TimeOnly(13, 0)), meeting.NextMeeting);
    }

    [Fact]
    public void A_time_written_out_with_klockan_gives_start_and_end()
    {
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(12, 0)), SwedishDates.TimeRange("Klockan 9–12"));
    }
    [Fact]
    public void A_sentence_on_the_forums_other_meetings_in_running_text_schedules_its_dates()
    {
        var meeting = Parse([.. Head, "2. Nästa möte", "", "Nästa möte är torsdag 13 maj 2026 kl. 13.30 i", "kommunhuset. Rådets övriga möten under året är den", "16 september och den 25 november."]);

        Assert.Equal([new DateOnly(2026, 9, 16), new DateOnly(2026, 11, 25)], meeting.ScheduledMeetings.Select(s => s.Date));
        Assert.Equal(new DateOnly(2026, 5, 13), meeting.NextMeeting?.Date);
    }

    [Fact]
    public void Another_bodys_meetings_or_a_single_date_in_running_text_are_no_schedule()
    {
        Assert.NotNull(ScheduleSentence.Dates("Höstens träffar blir den 3 september och den 5 november."));
        Assert.NotNull(ScheduleSentence.Dates("Höstens övriga möten: 19 oktober och 7 december (sista mötet i projektet)."));
        Assert.Null(ScheduleSentence.Dates("Nämndens sammanträden är den 3 september och den 5 november."));
        var meeting = Parse([.. Head, "2. Övrigt", "", "Gruppens övriga möten hålls i kommunhuset den 3 september."]);

        Assert.Empty(meeting.ScheduledMeetings);
    }
    [Theory]
    [InlineData("Nästa ordinarie möte i KPR: onsdag 2 december 2026 kl. 9.30 i stadshuset.")]
    [InlineData("Nästa gemensamma träff blir onsdag 2 december 2026 kl. 9.30.")]
    public void A_next_meeting_with_an_adjective_before_it_is_the_next_meeting(string line)
    {
        var meeting = Parse([.. Head, "2. Kommande möten", "", line]);

        Assert.Equal(new MeetingTime(new DateOnly(2026, 12, 2), new TimeOnly(9, 30)), meeting.NextMeeting);
    }
    [Fact]
    public void In_a_list_of_several_bodies_dates_only_the_minutes_own_bodys_are_its_meetings()
    {
        var meeting = ParsedLines.Parse("Minnesanteckningar", "", "Styrgruppen för projektet Team Väst", "", "Datum: 2027-01-20", "", "1. Inledning", "Mötet öppnades.", "",
            "2. Kommande möten", "", "- Styrgruppen: onsdag 10 mars och onsdag 19 maj,", "  alla kl. 13.00–15.30", "- Projektgruppen: varannan tisdag, nästa gång 26 januari",
            "- Referensgruppen med organisationerna:", "  24 februari kl. 10.00", "- Konferensen Nära vård: 14 april, Växjö");

        Assert.Equal([new DateOnly(2027, 3, 10), new DateOnly(2027, 5, 19)], meeting.ScheduledMeetings.Select(s => s.Date));
    }

    [Fact]
    public void A_project_time_plan_for_a_year_announces_no_meeting_dates()
    {
        var meeting = Parse([.. Head, "2. Projektplan och tidplan 2027", "", "Etapp 2 börjar den 12 april 2027 i stället för den 1 mars."]);

        Assert.Empty(meeting.ScheduledMeetings);
    }
    [Fact]
    public void The_meeting_after_the_next_one_in_the_next_sentence_is_scheduled()
    {
        var meeting = Parse([.. Head, "2. Nästa möte", "", "Nästa möte: 16/9 kl. 16–17.30, samma lokal. Därefter 25/11, samma tid."]);

        Assert.Equal(new DateOnly(2026, 9, 16), meeting.NextMeeting?.Date);
        Assert.Equal([new DateOnly(2026, 11, 25)], meeting.ScheduledMeetings.Select(s => s.Date));
    }
}
