namespace Minutes.Tests.Parsing;

public class PresenterLineTests
{
    private static Minutes.Model.AgendaItem Item(params string[] underHeading) =>
        ItemNumberFormsTests.Parse(["MINNESANTECKNINGAR", "", "Seniorrådet i Solby", "", "Datum: 2026-02-03", "",
            "1) Inledning", "", "Mötet öppnades.", "", "2) Tandvården", .. underHeading, "", "Tandvårdsstödet beskrevs.", "", "3) Övrigt", "", "Inget."])
            .AgendaItems[1];

    [Fact]
    public void A_presenter_label_in_parentheses_under_the_heading_names_the_presenter()
    {
        var item = Item("   (Föredragande: Maja Berglöf)");
        Assert.Equal("Tandvården", item.Title);
        Assert.Equal(["Maja Berglöf"], item.Presenters);
    }

    [Theory]
    [InlineData("Inledare: Maja Berglöf")]
    [InlineData("Dragning av Maja Berglöf")]
    [InlineData("Föredragande: Maja Berglöf, Tandvårdsenheten")]
    public void A_labelled_presenter_line_gives_the_name_without_label_or_unit(string line) =>
        Assert.Equal(["Maja Berglöf"], Item(line).Presenters);

    [Fact]
    public void A_presenter_line_set_under_the_title_column_is_not_part_of_the_title()
    {
        var meeting = ItemNumberFormsTests.Parse("PROTOKOLL", "", "Beredningen för seniorer", "", "Datum: 2026-02-03", "",
            "§ 4  Val av justerare", "", "Beredningen beslutar att utse Per Sand.", "",
            "§ 5  Tandvården för äldre", "      Föredragande: Maja Berglöf, Olle Ryd", "", "Tandvårdsstödet beskrevs.");

        var item = meeting.AgendaItems[1];
        Assert.Equal("Tandvården för äldre", item.Title);
        Assert.Equal(["Maja Berglöf", "Olle Ryd"], item.Presenters);
    }
}
