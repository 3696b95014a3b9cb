using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

public class AgendaListTests
{
    [Fact]
    public void An_agenda_listed_before_the_minutes_is_not_the_items()
    {
        var meeting = ItemNumberFormsTests.Parse("ANTECKNINGAR", "", "Dialogforum Norr", "", "Datum: 2026-01-20", "",
            "Dagordning", "", "1. Inledning", "2. Budget", "   2.1 Utfall", "3. Övrigt", "", "",
            "Punkt 1  Inledning", "", "Mötet öppnades.", "", "Punkt 2  Budget", "", "2.1 Utfall", "Utfallet visades.", "",
            "Punkt 3  Övrigt", "", "Inget att ta upp.");

        Assert.Equal(["1", "2", "2.1", "3"], meeting.AgendaItems.Select(i => i.Number));
        Assert.Equal("Mötet öppnades.", meeting.AgendaItems[0].Body);
    }

    [Fact]
    public void Numbered_headings_under_Dagordning_with_text_between_are_the_items()
    {
        var meeting = ItemNumberFormsTests.Parse("ANTECKNINGAR", "", "Dialogforum Norr", "", "Datum: 2026-01-20", "",
            "Dagordning", "", "1. Inledning", "Mötet öppnades.", "", "2. Budget", "Utfallet visades.");

        Assert.Equal(["1", "2"], meeting.AgendaItems.Select(i => i.Number));
    }
}
