using System.Diagnostics;
using System.Text;

namespace Minutes.Reading;

/// <summary>Runs a command line tool (poppler, tesseract) to completion and hands back what it printed.</summary>
internal static class ExternalTool
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    public static async Task<Result> RunAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = new Process { StartInfo = start };
        try
        {
            process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"cannot start '{file}': {e.Message}", e);
        }
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }
        return new Result(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs the tool and fails on a non-zero exit, naming the tool and what it said.</summary>
    public static async Task<string> RunCheckedAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var result = await RunAsync(file, arguments, cancellationToken, environment);
        if (result.ExitCode != 0)
            throw new ExternalToolException(Path.GetFileName(file), result.ExitCode, result.StdErr.Trim());
        return result.StdOut;
    }
}

internal sealed class ExternalToolException(string tool, int exitCode, string stdErr)
    : Exception($"{tool} exited with {exitCode}: {stdErr}")
{
    public string StdErr { get; } = stdErr;
}
