using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

public class HeadingPresentersTests
{
    [Fact]
    public void Names_in_parentheses_at_the_end_of_the_heading_are_its_presenters()
    {
        var (title, presenters) = HeadingPresenters.Split("Hörselvården i länet (Maja Berglöf, Olle Ryd)", []);
        Assert.Equal("Hörselvården i länet", title);
        Assert.Equal(["Maja Berglöf", "Olle Ryd"], presenters);
    }

    [Theory]
    [InlineData("Avtal om läkarmedverkan (SPSV)")]
    [InlineData("Handlingsplan (2026–2028)")]
    [InlineData("Rapport från organisationerna (PRO, SPF Seniorerna)")]
    public void Parentheses_that_hold_no_names_stay_in_the_title(string title) =>
        Assert.Equal((title, 0), (HeadingPresenters.Split(title, []).Title, HeadingPresenters.Split(title, []).Presenters.Count));
}
