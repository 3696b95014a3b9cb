using System.Text.Json;
using Minutes.Parsing;
using Xunit.Abstractions;

namespace Minutes.Tests.Samples;

/// <summary>
/// The shipped samples, read the way uploads are read and parsed, scored against their expected files by field group.
/// The expected files were written by reading the documents, not by running the parser.
/// </summary>
[Collection(SampleCollection.Name)]
public class SampleParsingTests(SampleReadings readings, ITestOutputHelper output)
{
    [Theory]
    [InlineData("001.pdf", "001.expected.json")]
    [InlineData("002.pdf", "002.expected.json")]
    public async Task Born_digital_minutes_parse_to_their_expected_meeting(string pdf, string expected)
    {
        var score = await ScoreAsync(pdf, expected);

        Assert.True(score.Mean >= 0.97, $"mean {score.Mean:0.000}\n{score}");
        Assert.All(score.Groups, g => Assert.True(g.Value >= 0.9, $"{g.Key} {g.Value:0.000}\n{score}"));
    }

    [Theory]
    [InlineData("001.scanned.pdf", "001.expected.json")]
    [InlineData("002.scanned.pdf", "002.expected.json")]
    public async Task Scanned_minutes_parse_nearly_as_well_as_born_digital(string pdf, string expected)
    {
        var score = await ScoreAsync(pdf, expected);

        Assert.True(score.Mean >= 0.93, $"mean {score.Mean:0.000}\n{score}");
        Assert.All(score.Groups, g => Assert.True(g.Value >= 0.75, $"{g.Key} {g.Value:0.000}\n{score}"));
    }

    [Fact]
    public async Task Minutes_without_a_first_page_take_kind_and_date_from_the_running_heads_and_leave_slides_out()
    {
        var meeting = MinutesParser.Parse(await readings.ReadAsync("000.pdf"));

        Assert.Equal(Model.DocumentType.Motesanteckningar, meeting.DocumentType);
        Assert.Equal(new DateOnly(2023, 6, 20), meeting.Date);
        Assert.Equal(["1", "2", "3", "4", "5", "6", "7"], meeting.AgendaItems.Select(i => i.Number));
        Assert.Contains(meeting.Warnings, w => w.Contains("appended"));
        // The last item ends where the appended slides begin.
        Assert.DoesNotContain("Socialdemokraternas kansli", meeting.AgendaItems[^1].Body);
        Assert.Equal(["Talla Alkurdi", "Christine Lorne", "Maria Andersson", "Gunilla Benner Forsberg"], meeting.AgendaItems[2].Presenters);
    }

    private async Task<ParseScore> ScoreAsync(string pdf, string expected)
    {
        var meeting = MinutesParser.Parse(await readings.ReadAsync(pdf));
        using var json = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine("samples", expected)));
        var score = ParseScore.Of(json.RootElement, meeting);
        output.WriteLine($"{pdf}: mean {score.Mean:0.000}\n{score}");
        return score;
    }
}
