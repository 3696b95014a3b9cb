namespace Minutes.FollowUps;

/// <summary>
/// What a text says about reporting back: that it reports on something promised ("som utlovades", "återrapporterar",
/// <see cref="FollowUpWords.ReportBackCues"/>), or that the promise is still pending ("påminner om", "ännu inte",
/// <see cref="FollowUpWords.PendingCues"/>).
/// </summary>
public static class ReportBackCue
{
    public static bool In(string text) => Any(FollowUpWords.ReportBackCues, text);

    public static bool Pending(string text) => Any(FollowUpWords.PendingCues, text);

    private static bool Any(string[] cues, string text) => cues.Any(cue => text.Contains(cue, StringComparison.OrdinalIgnoreCase));
}
