namespace Minutes.Reading;

/// <summary>Auto: the text layer where a PDF has one, OCR elsewhere.</summary>
public enum ReadEngine { Auto, Text, Tesseract, DocInt }
