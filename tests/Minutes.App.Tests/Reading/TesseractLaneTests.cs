using Minutes.Reading;

namespace Minutes.Tests.Reading;

public class TesseractLaneTests
{
    [Fact]
    public void Pages_are_dealt_into_lanes_of_near_equal_weight_each_in_page_order()
    {
        // Page 1 is heavy (a dense table), the last a signature page.
        var weights = new Dictionary<int, long> { [1] = 900, [2] = 300, [3] = 300, [4] = 300, [5] = 100 };

        var lanes = TesseractEngine.Lanes(weights.Keys.ToList(), 2, p => weights[p]);

        Assert.Equal([[1, 5], [2, 3, 4]], lanes);
    }

    [Theory]
    [InlineData(7, 2, new[] { 4, 3 })]
    [InlineData(10, 2, new[] { 5, 5 })]
    [InlineData(1, 2, new[] { 1 })]
    [InlineData(5, 3, new[] { 2, 2, 1 })]
    [InlineData(3, 8, new[] { 1, 1, 1 })]
    public void Pages_of_equal_weight_are_shared_out_evenly_and_none_is_lost(int pages, int lanes, int[] lengths)
    {
        var split = TesseractEngine.Lanes(Enumerable.Range(1, pages).ToList(), lanes, _ => 1);
        Assert.Equal(lengths, split.Select(l => l.Count));
        Assert.Equal(Enumerable.Range(1, pages), split.SelectMany(l => l).Order());
        Assert.All(split, lane => Assert.Equal(lane.Order(), lane));
    }

    [Fact]
    public void No_pages_make_no_lanes() => Assert.Empty(TesseractEngine.Lanes(new List<int>(), 2, _ => 1));
}
