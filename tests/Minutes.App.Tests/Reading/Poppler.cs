using System.Diagnostics;

namespace Minutes.Tests.Reading;

/// <summary>Runs a poppler command (pdfseparate, pdfunite, pdftoppm) that builds a test's input; it must succeed.</summary>
internal static class Poppler
{
    public static async Task RunAsync(string tool, params string[] args)
    {
        using var process = Process.Start(tool, args);
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{tool} {string.Join(' ', args)} exited with {process.ExitCode}");
    }
}
