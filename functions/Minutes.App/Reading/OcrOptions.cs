namespace Minutes.Reading;

/// <summary>Section "Ocr": which engine reads pages without a text layer, and how Tesseract is called.</summary>
public sealed class OcrOptions
{
    public const string Section = "Ocr";

    /// <summary>auto (Document Intelligence when its endpoint is set, else Tesseract), tesseract or docint.</summary>
    public string Engine { get; set; } = "auto";
    public string TesseractPath { get; set; } = "tesseract";
    public string Languages { get; set; } = "swe";
    /// <summary>How many pages are read at once; 0 means one per core.</summary>
    public int Parallelism { get; set; }
}
