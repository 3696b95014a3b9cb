namespace Minutes.Tests.Parsing;

public class TableItemTests
{
    [Fact]
    public void A_to_do_table_without_an_item_column_belongs_to_the_item_it_stands_in()
    {
        var meeting = ItemNumberFormsTests.Parse("MINNESANTECKNINGAR", "", "Seniorrådet i Solby", "", "Datum: 2026-03-10", "",
            "1. Inledning", "Mötet öppnades.", "", "2. Hörselvården", "Köerna diskuterades.", "",
            "Att göra                                  Vem                 När",
            "Ta fram statistik över köerna             Greta Holm          20 april", "",
            "3. Övrigt", "Inget.");

        var action = Assert.Single(meeting.ActionItems);
        Assert.Equal(("2", "Greta Holm", "2026-04-20"), (action.AgendaItemNumber, action.Owner, action.Due));
    }
}
