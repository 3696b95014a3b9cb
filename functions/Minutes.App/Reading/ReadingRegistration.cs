namespace Minutes.Reading;

public static class ReadingRegistration
{
    public static IHostApplicationBuilder AddReading(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OcrOptions>().BindConfiguration(OcrOptions.Section);
        builder.Services.AddSingleton<IOcrEngine, TesseractEngine>();
        builder.Services.AddSingleton<DocumentReader>();
        return builder;
    }
}
