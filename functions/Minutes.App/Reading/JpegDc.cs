namespace Minutes.Reading;

/// <summary>
/// How many 8×8 blocks of a JPEG's first component (the grey or luma channel) have each mean brightness, read from the
/// DC coefficients alone: the Huffman stream is walked, AC coefficients are skipped, and nothing is transformed back
/// into pixels. A small part of a full decode's cost, enough to tell a blank scan. Only sequential Huffman JPEGs (what
/// scanners write); anything else gives null, meaning "don't know".
/// </summary>
internal static class JpegDc
{
    /// <summary>
    /// The histogram of block means (256 counts). After each row of blocks <paramref name="enough"/> is asked, with the
    /// histogram so far and the number of blocks in the whole image, whether to stop: a page with text shows it early.
    /// </summary>
    public static int[]? BlockHistogram(ReadOnlySpan<byte> jpeg, Func<int[], int, bool>? enough = null)
    {
        try
        {
            return Decode(jpeg, enough ?? ((_, _) => false));
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException or InvalidDataException)
        {
            return null;
        }
    }

    private sealed class Huffman
    {
        public readonly int[] MaxCode = new int[18];
        public readonly int[] ValPtr = new int[17];
        public readonly int[] MinCode = new int[17];
        public byte[] Values = [];
        // The first LookupBits bits of a code give (length << 8 | symbol) for codes that short, else 0.
        public readonly int[] Lookup = new int[1 << LookupBits];

        public static Huffman Build(ReadOnlySpan<byte> counts, ReadOnlySpan<byte> values)
        {
            var h = new Huffman { Values = values.ToArray() };
            int code = 0, k = 0;
            for (var length = 1; length <= 16; length++)
            {
                h.ValPtr[length] = k;
                h.MinCode[length] = code;
                code += counts[length - 1];
                k += counts[length - 1];
                h.MaxCode[length] = counts[length - 1] > 0 ? code - 1 : -1;
                code <<= 1;
            }
            h.MaxCode[17] = int.MaxValue;
            k = 0;
            code = 0;
            for (var length = 1; length <= LookupBits; length++, code <<= 1)
                for (var i = 0; i < counts[length - 1]; i++, code++, k++)
                {
                    var shift = LookupBits - length;
                    for (var fill = 0; fill < 1 << shift; fill++) h.Lookup[(code << shift) | fill] = (length << 8) | h.Values[k];
                }
            return h;
        }
    }

    private const int LookupBits = 9;

    private record struct Component(int Id, int H, int V, int Quant);

    private static int[]? Decode(ReadOnlySpan<byte> data, Func<int[], int, bool> enough)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != 0xD8) return null;
        var quant = new int[4];
        var dc = new Huffman?[4];
        var ac = new Huffman?[4];
        Component[]? components = null;
        int width = 0, height = 0, restartInterval = 0;
        var pos = 2;
        while (pos + 4 <= data.Length)
        {
            if (data[pos] != 0xFF) { pos++; continue; }
            var marker = data[pos + 1];
            if (marker == 0xFF) { pos++; continue; }
            if (marker is 0xD8 or 0x01 or >= 0xD0 and <= 0xD7) { pos += 2; continue; }
            if (marker == 0xD9) return null;
            var length = (data[pos + 2] << 8) | data[pos + 3];
            var segment = data.Slice(pos + 4, length - 2);
            switch (marker)
            {
                case 0xC0 or 0xC1: // baseline and extended sequential, Huffman
                    height = (segment[1] << 8) | segment[2];
                    width = (segment[3] << 8) | segment[4];
                    components = new Component[segment[5]];
                    for (var i = 0; i < components.Length; i++)
                    {
                        var c = segment.Slice(6 + 3 * i, 3);
                        components[i] = new Component(c[0], c[1] >> 4, c[1] & 15, c[2] & 3);
                    }
                    if (segment[0] != 8 || width == 0 || height == 0 || components.Length == 0) return null;
                    break;
                case >= 0xC2 and <= 0xCF when marker is not 0xC4 and not 0xC8 and not 0xCC:
                    return null; // progressive, lossless or arithmetic coded
                case 0xDB:
                    for (var i = 0; i < segment.Length;)
                    {
                        var precision = segment[i] >> 4;
                        var table = segment[i] & 3;
                        quant[table] = precision == 0 ? segment[i + 1] : (segment[i + 1] << 8) | segment[i + 2];
                        i += 1 + 64 * (precision == 0 ? 1 : 2);
                    }
                    break;
                case 0xC4:
                    for (var i = 0; i < segment.Length;)
                    {
                        var tableClass = segment[i] >> 4;
                        var table = segment[i] & 3;
                        var counts = segment.Slice(i + 1, 16);
                        var total = 0;
                        foreach (var count in counts) total += count;
                        var huffman = Huffman.Build(counts, segment.Slice(i + 17, total));
                        if (tableClass == 0) dc[table] = huffman; else ac[table] = huffman;
                        i += 17 + total;
                    }
                    break;
                case 0xDD:
                    restartInterval = (segment[0] << 8) | segment[1];
                    break;
                case 0xDA:
                    if (components is null) return null;
                    return Scan(data[(pos + 2 + length)..], segment, components, width, height, restartInterval, quant, dc, ac, enough);
            }
            pos += 2 + length;
        }
        return null;
    }

    private static int[]? Scan(ReadOnlySpan<byte> entropy, ReadOnlySpan<byte> header, Component[] frame, int width, int height,
        int restartInterval, int[] quant, Huffman?[] dcTables, Huffman?[] acTables, Func<int[], int, bool> enough)
    {
        var count = header[0];
        var inScan = new (int Frame, Huffman Dc, Huffman Ac)[count];
        for (var i = 0; i < count; i++)
        {
            var id = header[1 + 2 * i];
            var index = Array.FindIndex(frame, c => c.Id == id);
            var tables = header[2 + 2 * i];
            if (index < 0 || dcTables[tables >> 4] is not { } d || acTables[tables & 3] is not { } a) return null;
            inScan[i] = (index, d, a);
        }
        // The first scan must carry the first component: it is the one we want.
        if (inScan[0].Frame != 0) return null;

        var hMax = frame.Max(c => c.H);
        var vMax = frame.Max(c => c.V);
        int mcusX, mcusY, blocksX, blocksY;
        if (count == 1)
        {
            // Non-interleaved: one block per MCU over the component's own size.
            blocksX = (int)Math.Ceiling(Math.Ceiling(width * (double)frame[0].H / hMax) / 8);
            blocksY = (int)Math.Ceiling(Math.Ceiling(height * (double)frame[0].V / vMax) / 8);
            mcusX = blocksX; mcusY = blocksY;
        }
        else
        {
            mcusX = (width + 8 * hMax - 1) / (8 * hMax);
            mcusY = (height + 8 * vMax - 1) / (8 * vMax);
            blocksX = mcusX * frame[0].H; blocksY = mcusY * frame[0].V;
        }
        // Padding blocks beyond the picture's edge repeat its last pixels; only the real picture is counted.
        var realX = (int)Math.Ceiling(Math.Ceiling(width * (double)frame[0].H / hMax) / 8);
        var realY = (int)Math.Ceiling(Math.Ceiling(height * (double)frame[0].V / vMax) / 8);
        var histogram = new int[256];
        var q0 = quant[frame[0].Quant];
        var reader = new BitReader(entropy);
        var predictors = new int[count];
        var mcus = mcusX * mcusY;
        for (var mcu = 0; mcu < mcus; mcu++)
        {
            if (restartInterval > 0 && mcu > 0 && mcu % restartInterval == 0)
            {
                reader.Restart();
                Array.Clear(predictors);
            }
            int mx = mcu % mcusX, my = mcu / mcusX;
            if (mx == 0 && my > 0 && enough(histogram, realX * realY)) return histogram;
            for (var s = 0; s < count; s++)
            {
                var (frameIndex, dc, ac) = inScan[s];
                var c = frame[frameIndex];
                var (h, v) = count == 1 ? (1, 1) : (c.H, c.V);
                for (var by = 0; by < v; by++)
                for (var bx = 0; bx < h; bx++)
                {
                    var size = reader.Decode(dc);
                    var diff = size == 0 ? 0 : Extend(reader.Bits(size), size);
                    predictors[s] += diff;
                    for (var k = 1; k < 64;)
                    {
                        var rs = reader.Decode(ac);
                        var run = rs >> 4;
                        var bits = rs & 15;
                        if (bits == 0)
                        {
                            if (run != 15) break;
                            k += 16;
                            continue;
                        }
                        k += run;
                        reader.Bits(bits);
                        k++;
                    }
                    if (frameIndex != 0) continue;
                    var x = mx * h + bx;
                    var y = my * v + by;
                    if (x >= realX || y >= realY) continue;
                    histogram[Math.Clamp(128 + predictors[s] * q0 / 8, 0, 255)]++;
                }
            }
        }
        return histogram;
    }

    private static int Extend(int value, int size) => value < 1 << (size - 1) ? value - (1 << size) + 1 : value;

    private ref struct BitReader(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> data = data;
        private int pos;
        private ulong buffer;
        private int count;
        private bool atMarker;

        public int Bits(int n)
        {
            if (n == 0) return 0;
            while (count < n) Fill();
            count -= n;
            return (int)((buffer >> count) & ((1ul << n) - 1));
        }

        public int Decode(Huffman table)
        {
            while (count < LookupBits) Fill();
            var hit = table.Lookup[(int)((buffer >> (count - LookupBits)) & ((1 << LookupBits) - 1))];
            if (hit != 0)
            {
                count -= hit >> 8;
                return hit & 0xFF;
            }
            var code = Bits(1);
            var length = 1;
            while (code > table.MaxCode[length])
            {
                code = (code << 1) | Bits(1);
                if (++length > 16) throw new InvalidDataException("bad Huffman code");
            }
            return table.Values[table.ValPtr[length] + code - table.MinCode[length]];
        }

        // Bytes of the entropy-coded segment, unstuffing FF00; a marker ends it and further reads give zero bits.
        private void Fill()
        {
            byte b = 0;
            if (!atMarker && pos < data.Length)
            {
                b = data[pos];
                if (b == 0xFF)
                {
                    var next = pos + 1 < data.Length ? data[pos + 1] : (byte)0xD9;
                    if (next == 0x00) pos += 2;
                    else { atMarker = true; b = 0; }
                }
                else pos++;
            }
            else if (!atMarker) atMarker = true;
            buffer = (buffer << 8) | b;
            count += 8;
        }

        /// <summary>Drops the bits left before a restart marker and steps over it.</summary>
        public void Restart()
        {
            count = 0;
            buffer = 0;
            while (pos + 1 < data.Length && !(data[pos] == 0xFF && data[pos + 1] is >= 0xD0 and <= 0xD7)) pos++;
            pos += 2;
            atMarker = false;
        }
    }
}
