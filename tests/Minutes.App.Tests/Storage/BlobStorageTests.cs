using System.Text;
using Minutes.Storage;

namespace Minutes.Tests.Storage;

[Collection(LocalStackCollection.Name)]
public class BlobStorageTests
{
    private readonly BlobStorage _blobs = new(new StorageOptions { ConnectionString = LocalStack.StorageConnectionString }, null);
    private readonly string _container = LocalStack.UniqueName("blobs");

    [Fact]
    public async Task Uploaded_blob_reads_back_with_its_metadata_and_is_listed()
    {
        await _blobs.CreateContainerIfMissingAsync(_container);
        await _blobs.CreateContainerIfMissingAsync(_container); // twice: idempotent
        const string name = "2025/mötesanteckningar 12 juni.pdf";
        await _blobs.UploadAsync(_container, name, new MemoryStream("%PDF-1.7 body"u8.ToArray()), "application/pdf",
            new Dictionary<string, string> { ["reason"] = "läsbar: ja" });

        await using var stream = await _blobs.OpenReadAsync(_container, name);
        Assert.Equal("%PDF-1.7 body", await new StreamReader(stream).ReadToEndAsync());
        Assert.Equal("läsbar: ja", (await _blobs.GetMetadataAsync(_container, name))!["reason"]);
        Assert.Equal([name], await _blobs.ListAsync(_container).ToListAsync());
        Assert.Equal([name], await _blobs.ListAsync(_container, "2025/").ToListAsync());
        Assert.Empty(await _blobs.ListAsync(_container, "2026/").ToListAsync());
    }

    [Fact]
    public async Task Copy_keeps_the_content_and_delete_removes_only_the_source()
    {
        var target = _container + "-to";
        await _blobs.CreateContainerIfMissingAsync(_container);
        await _blobs.CreateContainerIfMissingAsync(target);
        // A body that cannot seek, as an HTTP request body: it must be spooled for its length.
        var body = Encoding.UTF8.GetBytes(new string('x', 300_000));
        await _blobs.UploadAsync(_container, "a.bin", new NonSeekable(body), null);

        await _blobs.CopyAsync(_container, "a.bin", target);
        await _blobs.DeleteAsync(_container, "a.bin");

        await Assert.ThrowsAsync<BlobNotFoundException>(() => _blobs.OpenReadAsync(_container, "a.bin"));
        await using var copy = await _blobs.OpenReadAsync(target, "a.bin");
        var read = new MemoryStream();
        await copy.CopyToAsync(read);
        Assert.Equal(body, read.ToArray());
    }

    private sealed class NonSeekable(byte[] data) : MemoryStream(data)
    {
        public override bool CanSeek => false;
        public override long Length => throw new NotSupportedException();
    }
}
