namespace Minutes.Reading;

/// <summary>How to read a document: Auto uses the text layer where a PDF has one and the configured OCR engine elsewhere.</summary>
public enum ReadEngine { Auto, Text, Tesseract, DocInt }
