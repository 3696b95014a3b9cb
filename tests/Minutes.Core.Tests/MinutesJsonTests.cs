using System.Text.Json;
using Minutes.Model;

namespace Minutes.Tests;

public class MinutesJsonTests
{
    [Fact]
    public void Meeting_serialises_camelCase_with_iso_dates_and_hour_minute_times()
    {
        var meeting = new Meeting
        {
            DocumentType = DocumentType.Motesanteckningar,
            Date = new DateOnly(2025, 6, 12),
            StartTime = new TimeOnly(13, 0),
            NextMeeting = new MeetingTime(new DateOnly(2025, 9, 25), new TimeOnly(13, 0)),
        };

        var json = JsonSerializer.Serialize(meeting, MinutesJson.Options);

        Assert.Contains("\"documentType\": \"motesanteckningar\"", json);
        Assert.Contains("\"date\": \"2025-06-12\"", json);
        Assert.Contains("\"startTime\": \"13:00\"", json);
        Assert.Contains("\"endTime\": null", json);
        Assert.Equal(meeting.NextMeeting, JsonSerializer.Deserialize<Meeting>(json, MinutesJson.Options)!.NextMeeting);
    }
}
