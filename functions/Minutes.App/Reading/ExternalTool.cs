using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;

namespace Minutes.Reading;

/// <summary>
/// Runs a command line tool (poppler, tesseract) to completion and hands back what it printed. Every run has a time
/// limit, after which the tool and anything it started are killed; and on Linux every tool dies with the app.
/// </summary>
/// <remarks>
/// Dying with the app: a kill -9 of the app cannot run any cleanup, so the tie has to be made in the kernel, by the
/// parent-death signal (prctl PR_SET_PDEATHSIG). .NET cannot run code between fork and exec, so the tool is started
/// through util-linux's <c>setpriv --pdeathsig KILL --</c>, which sets the signal and execs the tool in the same
/// process (the signal survives exec). The kernel sends it when the <em>thread</em> that forked exits, not the process,
/// and the thread pool retires idle threads: so every start happens on one dedicated thread that lives as long as the
/// app. Where setpriv is missing (Windows, macOS) tools start directly and only the time limit bounds them.
/// </remarks>
internal static class ExternalTool
{
    public sealed record Result(int ExitCode, string StdOut, string StdErr);

    private const string SetPriv = "/usr/bin/setpriv";
    private static readonly bool TieToParent = OperatingSystem.IsLinux() && File.Exists(SetPriv);
    private static readonly BlockingCollection<(Process Process, TaskCompletionSource Started)> Starts = [];

    static ExternalTool()
    {
        if (!TieToParent) return;
        new Thread(() =>
        {
            foreach (var (process, started) in Starts.GetConsumingEnumerable())
            {
                try
                {
                    process.Start();
                    started.SetResult();
                }
                catch (Exception e)
                {
                    started.SetException(e);
                }
            }
        }) { IsBackground = true, Name = "external tool starter" }.Start();
    }

    public static async Task<Result> RunAsync(string file, IEnumerable<string> arguments, TimeSpan timeout,
        CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(TieToParent ? SetPriv : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        if (TieToParent) foreach (var argument in (string[])["--pdeathsig", "KILL", "--", file]) start.ArgumentList.Add(argument);
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;

        using var process = new Process { StartInfo = start };
        try
        {
            if (TieToParent)
            {
                var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                Starts.Add((process, started), cancellationToken);
                await started.Task;
            }
            else process.Start();
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"cannot start '{file}': {e.Message}", e);
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        var stdout = process.StandardOutput.ReadToEndAsync(limit.Token);
        var stderr = process.StandardError.ReadToEndAsync(limit.Token);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            if (cancellationToken.IsCancellationRequested) throw;
            throw new ExternalToolTimeoutException(Path.GetFileName(file), timeout);
        }
        var result = new Result(process.ExitCode, await stdout, await stderr);
        // setpriv exits 127 when it cannot exec the tool: the same as a tool that cannot be started.
        if (TieToParent && result.ExitCode == 127 && result.StdErr.StartsWith("setpriv:", StringComparison.Ordinal))
            throw new InvalidOperationException($"cannot start '{file}': {result.StdErr.Trim()}");
        return result;
    }

    /// <summary>Runs the tool and fails on a non-zero exit, naming the tool and what it said.</summary>
    public static async Task<string> RunCheckedAsync(string file, IEnumerable<string> arguments, TimeSpan timeout,
        CancellationToken cancellationToken, IReadOnlyDictionary<string, string>? environment = null)
    {
        var result = await RunAsync(file, arguments, timeout, cancellationToken, environment);
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

/// <summary>The tool ran past its time limit and was killed, with everything it started.</summary>
internal sealed class ExternalToolTimeoutException(string tool, TimeSpan timeout)
    : TimeoutException($"{tool} did not finish within {timeout.TotalSeconds:0} s and was killed")
{
    public string Tool { get; } = tool;
}
