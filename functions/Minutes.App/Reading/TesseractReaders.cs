namespace Minutes.Reading;

/// <summary>
/// The loaded Tesseract models of the app, one per page that may be read at once, shared by every document: as many
/// pages are read at a time as there are readers, however many documents arrive together, so the cores are never
/// shared by more OCR than they hold and memory stays at one model per reader.
/// </summary>
internal sealed class TesseractReaders(Func<TesseractLibrary> load, string languages, int count) : IDisposable
{
    private readonly Lazy<TesseractLibrary> library = new(load);
    private readonly SemaphoreSlim free = new(count, count);
    // Loading a model costs about as much as starting the tesseract command: readers are kept between documents.
    private readonly System.Collections.Concurrent.ConcurrentBag<TesseractLibrary.Reader> idle = [];

    /// <summary>A reader for one thread, once one is free; give it back with <see cref="Return"/>.</summary>
    public async Task<TesseractLibrary.Reader> RentAsync(CancellationToken cancellationToken)
    {
        await free.WaitAsync(cancellationToken);
        try
        {
            return idle.TryTake(out var reader) ? reader : await Task.Run(Open, CancellationToken.None);
        }
        catch
        {
            free.Release();
            throw;
        }
    }

    public void Return(TesseractLibrary.Reader reader)
    {
        idle.Add(reader);
        free.Release();
    }

    /// <summary>
    /// Starts loading up to <paramref name="wanted"/> models in the background where none is loaded, so that a document's
    /// first pages do not wait for them. What cannot be loaded is said when a reader is rented.
    /// </summary>
    public void Prepare(int wanted)
    {
        for (var k = 0; k < Math.Min(wanted, count) && idle.IsEmpty; k++)
        {
            if (!free.Wait(0)) return;
            _ = Task.Run(() =>
            {
                try
                {
                    if (idle.IsEmpty) idle.Add(Open());
                }
                catch (InvalidOperationException)
                {
                }
                finally
                {
                    free.Release();
                }
            });
        }
    }

    private TesseractLibrary.Reader Open() => library.Value.Open(languages);

    public void Dispose()
    {
        while (idle.TryTake(out var reader)) reader.Dispose();
    }
}
