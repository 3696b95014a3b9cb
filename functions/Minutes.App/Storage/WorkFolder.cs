using System.Diagnostics;

namespace Minutes.Storage;

/// <summary>
/// Where a process keeps the files of the documents it is working on: {temp}/minutes/{pid}/. A process killed
/// mid-read (kill -9) cannot clean up after itself, so each start sweeps the folders of processes that are gone.
/// </summary>
public static class WorkFolder
{
    private static readonly string Root = Path.Combine(Path.GetTempPath(), "minutes");

    /// <summary>A new folder of this process's own; the caller deletes it.</summary>
    public static string Create(string prefix)
    {
        var mine = Path.Combine(Root, Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var folder = Path.Combine(mine, $"{prefix}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Deletes what processes that no longer run left behind; returns how many folders went.</summary>
    public static int SweepLeftovers()
    {
        if (!Directory.Exists(Root)) return 0;
        var swept = 0;
        foreach (var folder in Directory.EnumerateDirectories(Root))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid) || pid == Environment.ProcessId || IsRunning(pid)) continue;
            try
            {
                Directory.Delete(folder, recursive: true);
                swept++;
            }
            catch (IOException) { }
            catch (UnauthorizedAccessException) { }
        }
        return swept;
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    public static void Delete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (DirectoryNotFoundException) { }
    }
}
