namespace Minutes.FollowUps;

/// <summary>Whether a text says it reports back on something promised ("som utlovades", "återrapporterar", <see cref="FollowUpWords.ReportBackCues"/>).</summary>
public static class ReportBackCue
{
    public static bool In(string text) =>
        FollowUpWords.ReportBackCues.Any(cue => text.Contains(cue, StringComparison.OrdinalIgnoreCase));
}
