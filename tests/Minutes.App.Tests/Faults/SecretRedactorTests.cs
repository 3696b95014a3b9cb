using Minutes.Logging;

namespace Minutes.Tests.Faults;

public class SecretRedactorTests
{
    private readonly SecretRedactor _redactor = new(["configured-key-0123456789"]);

    [Theory]
    [InlineData("GET http://h/api/series?code=abc123XYZ==", "GET http://h/api/series?code=***")]
    [InlineData("GET /api/x?pageSize=2&code=abc&series=s", "GET /api/x?pageSize=2&code=***&series=s")]
    [InlineData("?CODE=abc", "?CODE=***")]
    [InlineData("https://acct.blob.core.windows.net/c/b?sv=2024&sig=Zm9v%2Bbar&se=1", "https://acct.blob.core.windows.net/c/b?sv=2024&sig=***&se=1")]
    [InlineData("DefaultEndpointsProtocol=https;AccountName=a;AccountKey=Zm9vYmFy==;EndpointSuffix=x", "DefaultEndpointsProtocol=https;AccountName=a;AccountKey=***;EndpointSuffix=x")]
    [InlineData("Endpoint=sb://x/;SharedAccessKeyName=k;SharedAccessKey=c2VjcmV0", "Endpoint=sb://x/;SharedAccessKeyName=k;SharedAccessKey=***")]
    [InlineData("x-functions-key: abcdef", "x-functions-key: ***")]
    [InlineData("\"x-functions-key\":\"abcdef\"", "\"x-functions-key\":\"***\"")]
    [InlineData("the key configured-key-0123456789 was used", "the key *** was used")]
    public void Secrets_are_masked_wherever_they_stand(string text, string expected) =>
        Assert.Equal(expected, _redactor.Redact(text));

    [Theory]
    [InlineData("GET /api/meetings?series=pensionarsrad&pageSize=5")]
    [InlineData("Stored meeting pensionarsrad.2025-03-12 with 7 action items")]
    [InlineData("barcode=12 and zipcode=3")]
    public void Text_without_secrets_is_left_as_it_is(string text) => Assert.Equal(text, _redactor.Redact(text));

    [Fact]
    public void A_long_line_of_near_secrets_is_redacted_in_linear_time()
    {
        var line = string.Concat(Enumerable.Repeat("?code&AccountKey x-functions-key:", 200_000));
        Assert.NotNull(_redactor.Redact(line));
    }
}
