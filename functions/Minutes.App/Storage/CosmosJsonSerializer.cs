using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Minutes.Model;

namespace Minutes.Storage;

/// <summary>Stores documents in exactly the JSON shape the API serves (MinutesJson), not Newtonsoft's.</summary>
internal sealed class CosmosJsonSerializer : CosmosSerializer
{
    public override T FromStream<T>(Stream stream)
    {
        using (stream)
        {
            if (typeof(Stream).IsAssignableFrom(typeof(T))) return (T)(object)stream;
            return JsonSerializer.Deserialize<T>(stream, MinutesJson.Compact)!;
        }
    }

    public override Stream ToStream<T>(T input)
    {
        var stream = new MemoryStream();
        JsonSerializer.Serialize(stream, input, MinutesJson.Compact);
        stream.Position = 0;
        return stream;
    }
}
