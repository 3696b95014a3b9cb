using Minutes.Reading;

namespace Minutes.Tests.Reading;

public class TesseractLaneTests
{
    [Theory]
    [InlineData(7, 2, new[] { 4, 3 })]
    [InlineData(10, 2, new[] { 5, 5 })]
    [InlineData(1, 2, new[] { 1 })]
    [InlineData(5, 3, new[] { 2, 2, 1 })]
    [InlineData(3, 8, new[] { 1, 1, 1 })]
    public void Pages_are_split_into_runs_of_near_equal_length_in_page_order(int pages, int lanes, int[] lengths)
    {
        var split = TesseractEngine.Lanes(Enumerable.Range(1, pages).ToList(), lanes);
        Assert.Equal(lengths, split.Select(l => l.Count));
        Assert.Equal(Enumerable.Range(1, pages), split.SelectMany(l => l));
    }

    [Fact]
    public void No_pages_make_no_lanes() => Assert.Empty(TesseractEngine.Lanes(new List<int>(), 2));
}
