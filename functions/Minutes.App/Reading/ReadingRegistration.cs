using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Minutes.Reading;

public static class ReadingRegistration
{
    /// <summary>Registers DocumentReader with its text layer reader and OCR engines, and their options.</summary>
    public static IHostApplicationBuilder AddReading(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OcrOptions>().BindConfiguration(OcrOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<ReadingOptions>().BindConfiguration(ReadingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddOptions<DocumentIntelligenceOptions>().BindConfiguration(DocumentIntelligenceOptions.Section)
            .Validate(o => !o.IsConfigured || Uri.TryCreate(o.Endpoint, UriKind.Absolute, out _),
                "DocumentIntelligence:Endpoint must be an absolute URI")
            .ValidateOnStart();
        builder.Services.AddOptions<OcrOptions>()
            .Validate<IOptions<DocumentIntelligenceOptions>>((ocr, docInt) => ocr.Engine != "docint" || docInt.Value.IsConfigured,
                "Ocr:Engine is docint but DocumentIntelligence:Endpoint is not set")
            .ValidateOnStart();
        builder.Services.AddSingleton<TextLayerReader>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton(new DocumentIntelligenceClientOptions());
        builder.Services.AddSingleton<IOcrEngine, TesseractEngine>();
        builder.Services.AddSingleton<IOcrEngine, DocumentIntelligenceEngine>();
        builder.Services.AddSingleton<DocumentReader>();
        return builder;
    }
}
