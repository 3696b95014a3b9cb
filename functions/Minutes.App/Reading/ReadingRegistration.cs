namespace Minutes.Reading;

public static class ReadingRegistration
{
    /// <summary>Registers DocumentReader with its text layer reader and OCR engines, and their options.</summary>
    public static IHostApplicationBuilder AddReading(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OcrOptions>().BindConfiguration(OcrOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<DocumentIntelligenceOptions>().BindConfiguration(DocumentIntelligenceOptions.Section)
            .Validate(o => !o.IsConfigured || Uri.TryCreate(o.Endpoint, UriKind.Absolute, out _),
                "DocumentIntelligence:Endpoint must be an absolute URI")
            .ValidateOnStart();
        builder.Services.AddSingleton<TextLayerReader>();
        builder.Services.AddSingleton<IOcrEngine, TesseractEngine>();
        builder.Services.AddSingleton<DocumentReader>();
        return builder;
    }
}
