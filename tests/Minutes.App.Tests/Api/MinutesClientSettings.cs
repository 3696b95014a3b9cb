using System.Text.Json.Serialization;

namespace Minutes.Tests.Generated;

/// <summary>NSwag's System.Text.Json client reads enums as numbers unless told; the contract spells them as strings.</summary>
public partial class MinutesClient
{
    static partial void UpdateJsonSerializerSettings(System.Text.Json.JsonSerializerOptions settings) =>
        settings.Converters.Add(new JsonStringEnumConverter());
}
