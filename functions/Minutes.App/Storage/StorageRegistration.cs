namespace Minutes.Storage;

public static class StorageRegistration
{
    /// <summary>The Cosmos stores and the ingestion pipeline (blob storage registers itself: AddBlobStorage).</summary>
    public static IHostApplicationBuilder AddStorage(this IHostApplicationBuilder builder)
    {
        builder.AddCosmos();
        builder.Services.AddSingleton<IngestionPipeline>();
        return builder;
    }
}
