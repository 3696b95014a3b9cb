using System.ComponentModel.DataAnnotations;

namespace Minutes.Reading;

/// <summary>Section "Ocr": which OCR engine reads pages without a text layer, and where the local tools are.</summary>
public sealed class OcrOptions
{
    public const string Section = "Ocr";

    /// <summary>auto (Document Intelligence when its endpoint is set, else Tesseract), tesseract or docint.</summary>
    [RegularExpression("^(auto|tesseract|docint)$", ErrorMessage = "Ocr:Engine must be auto, tesseract or docint")]
    public string Engine { get; set; } = "auto";

    /// <summary>The libtesseract to load; empty means its usual names (libtesseract.so.5 from Debian's tesseract-ocr).</summary>
    public string TesseractLibrary { get; set; } = "";
    /// <summary>Tesseract language models, '+'-joined (swe, swe+eng).</summary>
    public string Languages { get; set; } = "swe";

    /// <summary>Folder holding poppler's pdftoppm, which renders pages for the local Tesseract engine; empty means PATH.</summary>
    public string PopplerPath { get; set; } = "";

    /// <summary>Pages read at once; 0 means the processor count.</summary>
    [Range(0, 64)]
    public int Parallelism { get; set; }

    internal string Poppler(string tool) => PopplerPath.Length == 0 ? tool : Path.Combine(PopplerPath, tool);
    internal int PagesAtOnce => Parallelism > 0 ? Parallelism : Environment.ProcessorCount;
}
