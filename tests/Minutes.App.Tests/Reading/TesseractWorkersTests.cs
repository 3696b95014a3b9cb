using Minutes.Reading;

namespace Minutes.Tests.Reading;

public sealed class TesseractWorkersTests
{
    [Fact]
    public async Task However_many_pages_are_queued_no_more_are_read_at_once_than_there_are_workers()
    {
        var workers = TesseractWorkers.For("", "swe", 2);
        var (running, most) = (0, 0);
        var threads = new System.Collections.Concurrent.ConcurrentDictionary<int, bool>();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => workers.RunAsync(_ =>
        {
            var now = Interlocked.Increment(ref running);
            lock (threads) most = Math.Max(most, now);
            threads[Environment.CurrentManagedThreadId] = true;
            Thread.Sleep(50);
            Interlocked.Decrement(ref running);
        }, default)));

        Assert.Equal(2, most);
        Assert.Equal(2, threads.Count);
    }

    [Fact]
    public async Task A_page_not_yet_started_when_its_document_failed_is_skipped()
    {
        var workers = TesseractWorkers.For("", "swe", 1);
        using var release = new ManualResetEventSlim();
        using var failed = new CancellationTokenSource();
        var ran = false;

        var busy = workers.RunAsync(_ => release.Wait(TimeSpan.FromSeconds(10)), default);
        var waiting = workers.RunAsync(_ => ran = true, failed.Token);
        failed.Cancel();
        release.Set();
        await busy;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => waiting);
        Assert.False(ran);
    }

    [Fact]
    public async Task Without_a_loadable_library_every_page_fails_as_a_fault_of_the_setup()
    {
        var workers = TesseractWorkers.For("/nonexistent/libtesseract.so.5", "swe", 1);

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => workers.RunAsync(_ => { }, default));

        Assert.Contains("Ocr:TesseractLibrary", failure.Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => workers.RunAsync(_ => { }, default));
    }
}
