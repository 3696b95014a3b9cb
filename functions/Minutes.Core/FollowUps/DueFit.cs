using Minutes.Model;

namespace Minutes.FollowUps;

/// <summary>
/// How likely the due date makes a report at this meeting: promised for the next meeting, or due at or before it,
/// is likely; no date says nothing either way; due later than this meeting is unlikely but possible.
/// </summary>
public static class DueFit
{
    private const double Unstated = 0.5;
    private const double NotYetDue = 0.2;

    public static double Score(string? due, DateOnly? meetingDate)
    {
        if (due is null || meetingDate is null) return Unstated;
        if (due == "next-meeting") return 1;
        return DuePeriod.Start(due) is { } start ? (start <= meetingDate ? 1 : NotYetDue) : Unstated;
    }
}
