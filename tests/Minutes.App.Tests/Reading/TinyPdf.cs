using System.Text;

namespace Minutes.Tests.Reading;

/// <summary>Writes small PDFs by hand for the cases no sample shows: objects numbered from 1 in the order given.</summary>
internal static class TinyPdf
{
    /// <summary>A PDF of the given objects; a (body, stream) pair becomes a stream object. The catalog is object 1.</summary>
    public static byte[] Build(IEnumerable<(string Body, byte[]? Stream)> objects, string trailerExtra = "")
    {
        var pdf = new MemoryStream();
        var offsets = new List<long>();
        void Write(string s) => pdf.Write(Encoding.ASCII.GetBytes(s));
        Write("%PDF-1.4\n");
        foreach (var (body, stream) in objects)
        {
            offsets.Add(pdf.Position);
            Write($"{offsets.Count} 0 obj\n{body}\n");
            if (stream is not null)
            {
                Write("stream\n");
                pdf.Write(stream);
                Write("\nendstream\n");
            }
            Write("endobj\n");
        }
        var xref = pdf.Position;
        Write($"xref\n0 {offsets.Count + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets) Write($"{offset:D10} 00000 n \n");
        Write($"trailer\n<< /Size {offsets.Count + 1} /Root 1 0 R {trailerExtra}>>\nstartxref\n{xref}\n%%EOF\n");
        return pdf.ToArray();
    }

    /// <summary>One page of Helvetica text: each line is (x, y, text) in the content's own space, drawn through <paramref name="matrix"/>.</summary>
    public static byte[] TextPage(string mediaBox, int rotate, string matrix, IEnumerable<(double X, double Y, string Text)> lines)
    {
        var content = new StringBuilder($"q {matrix} cm\n");
        foreach (var (x, y, text) in lines)
            content.Append(FormattableString.Invariant($"BT /F1 11 Tf {x} {y} Td ({text}) Tj ET\n"));
        content.Append("Q\n");
        var bytes = Encoding.ASCII.GetBytes(content.ToString());
        return Build(
        [
            ("<< /Type /Catalog /Pages 2 0 R >>", null),
            ("<< /Type /Pages /Kids [3 0 R] /Count 1 >>", null),
            ($"<< /Type /Page /Parent 2 0 R /MediaBox [{mediaBox}] /Rotate {rotate} /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>", null),
            ("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>", null),
            ($"<< /Length {bytes.Length} >>", bytes),
        ]);
    }
}
