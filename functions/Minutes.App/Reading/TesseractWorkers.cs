using System.Collections.Concurrent;

namespace Minutes.Reading;

/// <summary>
/// The threads that run Tesseract, one per page that may be read at once, each with its language model loaded: every
/// document's pages queue for them. However many documents arrive together, that many pages are read at a time, with
/// that many models in memory, and Tesseract's allocations stay on the same few threads (glibc gives each thread that
/// allocates an arena of its own, which a new thread per document would multiply).
/// </summary>
/// <remarks>
/// Shared by the whole process, one set per library, languages and count: the models are native memory, and two
/// engines in one process (the runner and a verb, or one per test) have no reason to load their own.
/// </remarks>
internal sealed class TesseractWorkers
{
    private static readonly ConcurrentDictionary<(string Library, string Languages, int Count), TesseractWorkers> Shared = new();

    private sealed record Job(Action<TesseractLibrary.Reader> Work, CancellationToken Skip, TaskCompletionSource Done);

    private readonly BlockingCollection<Job> jobs = [];
    private readonly Lazy<TesseractLibrary> library;
    private readonly string languages;
    private readonly int count;
    private int started;

    private TesseractWorkers(string libraryPath, string languages, int count)
    {
        library = new Lazy<TesseractLibrary>(() => TesseractLibrary.Load(libraryPath));
        this.languages = languages;
        this.count = count;
    }

    public static TesseractWorkers For(string library, string languages, int count) =>
        Shared.GetOrAdd((library, languages, count), key => new TesseractWorkers(key.Library, key.Languages, key.Count));

    /// <summary>Starts the threads, which load their models at once; the first document's pages need not wait for it.</summary>
    public void Start()
    {
        if (Interlocked.Exchange(ref started, 1) == 1) return;
        for (var k = 0; k < count; k++)
            new Thread(Work) { IsBackground = true, Name = $"tesseract {k + 1}" }.Start();
    }

    /// <summary>
    /// Runs <paramref name="work"/> on the next free thread with its reader. Work not yet started when
    /// <paramref name="skip"/> is cancelled is skipped (the task ends cancelled).
    /// </summary>
    public Task RunAsync(Action<TesseractLibrary.Reader> work, CancellationToken skip)
    {
        Start();
        var job = new Job(work, skip, new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        jobs.Add(job, CancellationToken.None);
        return job.Done.Task;
    }

    private void Work()
    {
        TesseractLibrary.Reader? reader = null;
        Exception? cannotLoad = null;
        try
        {
            reader = library.Value.Open(languages);
        }
        catch (InvalidOperationException e)
        {
            // No library or no model: every page given to this thread says so, as a fault of the setup, not the document.
            cannotLoad = e;
        }
        foreach (var job in jobs.GetConsumingEnumerable())
        {
            if (job.Skip.IsCancellationRequested) job.Done.TrySetCanceled(job.Skip);
            else if (reader is null) job.Done.TrySetException(cannotLoad!);
            else
            {
                try
                {
                    job.Work(reader);
                    job.Done.TrySetResult();
                }
                catch (Exception e)
                {
                    job.Done.TrySetException(e);
                }
            }
        }
    }
}
