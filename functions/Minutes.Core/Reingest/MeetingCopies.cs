using Minutes.Model;

namespace Minutes.Reingest;

/// <summary>
/// Two copies of one meeting's minutes (the same file again, its scan, a corrected scan): the better reading stands
/// (<see cref="SourceQuality"/>), and every copy is listed in Versions, so a worse copy ingested later changes only
/// the list.
/// </summary>
public static class MeetingCopies
{
    /// <returns>The meeting to store, and whether the incoming copy is the one that now stands.</returns>
    public static (Meeting ToStore, bool IncomingStands) Merge(Meeting? stored, Meeting incoming)
    {
        // A meeting stored before Versions existed lists only its own source.
        var versions = (stored?.Versions ?? (stored?.Source is { } first ? [first] : []))
            .Concat(incoming.Source is { } source ? [source] : [])
            .DistinctBy(v => v.Sha256).ToList();
        var stands = stored is null || incoming.Source is null || SourceQuality.Replaces(incoming.Source, stored.Source);
        return (stands ? incoming with { Versions = versions } : stored! with { Versions = versions }, stands);
    }
}
