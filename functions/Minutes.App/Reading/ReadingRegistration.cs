using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Minutes.Reading;

public static class ReadingRegistration
{
    /// <summary>DocumentReader with both OCR engines; Document Intelligence is used where its endpoint is set.</summary>
    public static IHostApplicationBuilder AddReading(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OcrOptions>().BindConfiguration(OcrOptions.Section)
            .Validate(o => o.Engine is "auto" or "tesseract" or "docint", "Ocr:Engine is auto, tesseract or docint")
            .Validate<IOptions<DocumentIntelligenceOptions>>((ocr, docInt) => ocr.Engine != "docint" || docInt.Value.IsConfigured,
                "Ocr:Engine is docint but DocumentIntelligence:Endpoint is not set")
            .ValidateOnStart();
        builder.Services.AddOptions<DocumentIntelligenceOptions>().BindConfiguration(DocumentIntelligenceOptions.Section)
            .Validate(o => !o.IsConfigured || Uri.TryCreate(o.Endpoint, UriKind.Absolute, out _), "DocumentIntelligence:Endpoint must be an absolute URI")
            .ValidateOnStart();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(new DocumentIntelligenceClientOptions());
        builder.Services.AddSingleton<IOcrEngine, TesseractEngine>();
        builder.Services.AddSingleton<IOcrEngine, DocumentIntelligenceEngine>();
        builder.Services.AddSingleton<DocumentReader>();
        return builder;
    }
}
