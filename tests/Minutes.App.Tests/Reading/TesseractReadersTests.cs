using Minutes.Reading;

namespace Minutes.Tests.Reading;

public sealed class TesseractReadersTests
{
    [Fact]
    public async Task No_more_readers_are_out_at_once_than_pages_may_be_read_and_a_returned_one_is_used_again()
    {
        using var readers = new TesseractReaders(() => TesseractLibrary.Load(""), "swe", count: 2);
        var first = await readers.RentAsync(default);
        var second = await readers.RentAsync(default);

        var third = readers.RentAsync(default);
        await Task.Delay(200);
        Assert.False(third.IsCompleted, "a third reader was handed out while two were in use");

        readers.Return(first);
        Assert.Same(first, await third.WaitAsync(TimeSpan.FromSeconds(10)));
        readers.Return(second);
        readers.Return(first);
    }

    [Fact]
    public async Task A_reader_that_cannot_be_loaded_frees_its_place()
    {
        using var readers = new TesseractReaders(() => TesseractLibrary.Load("/nonexistent/libtesseract.so.5"), "swe", count: 1);

        await Assert.ThrowsAsync<InvalidOperationException>(() => readers.RentAsync(default));
        await Assert.ThrowsAsync<InvalidOperationException>(() => readers.RentAsync(default).WaitAsync(TimeSpan.FromSeconds(10)));
    }
}
