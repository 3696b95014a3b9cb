using Minutes.Model;
using Minutes.Reingest;

namespace Minutes.Tests.Reingest;

public class SeriesFactsTests
{
    private static readonly SeriesFacts Known = new("Rådet", "Regionen", "Rum A", new DateOnly(2025, 6, 12),
        [new ScheduledMeeting(new DateOnly(2025, 9, 18), null, null)]);

    private static Meeting Minutes(DateOnly date, string? title = null, string? location = null) =>
        new() { Id = "m", SeriesId = "radet", Date = date, Title = title, Location = location, Organization = "Kommunen" };

    [Fact]
    public void A_new_series_takes_what_its_first_minutes_say()
    {
        var facts = new SeriesFacts(null, null, null, null, []).With(Minutes(new DateOnly(2025, 6, 12), "Rådet", "Rum A"));

        Assert.Equal(new SeriesFacts("Rådet", "Kommunen", "Rum A", new DateOnly(2025, 6, 12), []), facts with { Schedule = [] });
    }

    [Fact]
    public void The_newest_meetings_title_and_place_win()
    {
        var facts = Known.With(Minutes(new DateOnly(2025, 9, 18), "Rådet för äldre", "Rum B"));

        Assert.Equal(("Rådet för äldre", "Rum B", new DateOnly(2025, 9, 18)), (facts.Title, facts.Location, facts.LastMeetingDate));
        Assert.Equal("Regionen", facts.Organization);
    }

    [Fact]
    public void An_older_meeting_only_fills_what_is_missing()
    {
        var facts = (Known with { Location = null }).With(Minutes(new DateOnly(2025, 3, 1), "Gamla rådet", "Rum C"));

        Assert.Equal(("Rådet", "Rum C", new DateOnly(2025, 6, 12)), (facts.Title, facts.Location, facts.LastMeetingDate));
    }

    [Fact]
    public void Announced_meetings_join_the_schedule_once_per_date_in_date_order_and_the_next_meeting_with_them()
    {
        var minutes = Minutes(new DateOnly(2025, 6, 12)) with
        {
            ScheduledMeetings = [new(new DateOnly(2025, 11, 20), null, null), new(new DateOnly(2025, 9, 18), new TimeOnly(13, 0), null)],
            NextMeeting = new MeetingTime(new DateOnly(2025, 8, 28), new TimeOnly(9, 30)),
        };

        var facts = Known.With(minutes);

        Assert.Equal([new DateOnly(2025, 8, 28), new DateOnly(2025, 9, 18), new DateOnly(2025, 11, 20)], facts.Schedule.Select(m => m.Date));
        Assert.Null(facts.Schedule[1].StartTime); // the date already known keeps its entry
        Assert.Equal(new TimeOnly(9, 30), facts.Schedule[0].StartTime);
    }
}
