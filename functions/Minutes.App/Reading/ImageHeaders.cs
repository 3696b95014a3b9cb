using System.Buffers.Binary;
using Microsoft.Win32.SafeHandles;

namespace Minutes.Reading;

/// <summary>
/// The size of an uploaded image, read from its header alone (PNG IHDR, JPEG SOF, TIFF tags) and checked against the
/// limits before anything decodes it: a 1 MB PNG can declare 30000×30000 pixels, which decode to gigabytes.
/// </summary>
internal static class ImageHeaders
{
    // A TIFF's frames are its pages; a chain longer than this is broken or hostile, whatever the page limit.
    private const int MaxFrames = 100_000;

    public static void Check(string path, DocumentKind kind, ReadingOptions limits)
    {
        using var file = File.OpenHandle(path);
        switch (kind)
        {
            case DocumentKind.Png: CheckPng(file, limits); break;
            case DocumentKind.Jpeg: CheckJpeg(file, limits); break;
            case DocumentKind.Tiff: CheckTiff(file, limits); break;
        }
    }

    private static void CheckPng(SafeFileHandle file, ReadingOptions limits)
    {
        var head = Read(file, 0, 24);
        if (head.Length < 24 || !head.AsSpan(12, 4).SequenceEqual("IHDR"u8))
            throw new DocumentRejectedException("The PNG image is corrupt: it has no header.");
        limits.CheckPixels("The image", BinaryPrimitives.ReadUInt32BigEndian(head.AsSpan(16)), BinaryPrimitives.ReadUInt32BigEndian(head.AsSpan(20)));
    }

    private static void CheckJpeg(SafeFileHandle file, ReadingOptions limits)
    {
        long pos = 2;
        var length = RandomAccess.GetLength(file);
        while (pos + 4 <= length)
        {
            var marker = Read(file, pos, 4);
            if (marker[0] != 0xFF) break;
            if (marker[1] == 0xFF) { pos++; continue; }
            var segment = BinaryPrimitives.ReadUInt16BigEndian(marker.AsSpan(2));
            // Any start of frame (C0–CF but DHT C4, JPG C8 and DAC CC) carries the size.
            if (marker[1] is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC)
            {
                var frame = Read(file, pos + 4, 5);
                if (frame.Length < 5) break;
                limits.CheckPixels("The image", BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(3)),
                    BinaryPrimitives.ReadUInt16BigEndian(frame.AsSpan(1)));
                return;
            }
            if (marker[1] == 0xDA) break;
            pos += 2 + segment;
        }
        throw new DocumentRejectedException("The JPEG image is corrupt: it has no frame header.");
    }

    private static void CheckTiff(SafeFileHandle file, ReadingOptions limits)
    {
        var head = Read(file, 0, 8);
        if (head.Length < 8) throw new DocumentRejectedException("The TIFF image is corrupt: it has no header.");
        var little = head[0] == 'I';
        uint U16(ReadOnlySpan<byte> b) => little ? BinaryPrimitives.ReadUInt16LittleEndian(b) : BinaryPrimitives.ReadUInt16BigEndian(b);
        uint U32(ReadOnlySpan<byte> b) => little ? BinaryPrimitives.ReadUInt32LittleEndian(b) : BinaryPrimitives.ReadUInt32BigEndian(b);

        var seen = new HashSet<long>();
        long offset = U32(head.AsSpan(4));
        var frames = 0;
        while (offset != 0)
        {
            if (!seen.Add(offset) || ++frames > MaxFrames)
                throw new DocumentRejectedException("The TIFF image is corrupt: its list of pages loops.");
            if (frames > limits.MaxPages) throw limits.TooManyPages($"more than {limits.MaxPages}");
            var countBytes = Read(file, offset, 2);
            if (countBytes.Length < 2) throw new DocumentRejectedException("The TIFF image is corrupt: a page's tags are missing.");
            var entries = (int)U16(countBytes);
            var ifd = Read(file, offset + 2, entries * 12 + 4);
            if (ifd.Length < entries * 12 + 4) throw new DocumentRejectedException("The TIFF image is corrupt: a page's tags are cut off.");
            long width = 0, height = 0;
            for (var i = 0; i < entries; i++)
            {
                var entry = ifd.AsSpan(i * 12, 12);
                var tag = U16(entry);
                var type = U16(entry[2..]);
                var value = type == 3 ? U16(entry[8..]) : U32(entry[8..]);
                if (tag == 256) width = value;
                else if (tag == 257) height = value;
            }
            limits.CheckPixels(frames == 1 ? "The image" : $"Page {frames} of the image", width, height);
            offset = U32(ifd.AsSpan(entries * 12));
        }
    }

    private static byte[] Read(SafeFileHandle file, long offset, int count)
    {
        var buffer = new byte[count];
        var total = 0;
        while (total < count)
        {
            var read = RandomAccess.Read(file, buffer.AsSpan(total), offset + total);
            if (read == 0) break;
            total += read;
        }
        return total == count ? buffer : buffer[..total];
    }
}
