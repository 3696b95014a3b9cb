using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>The three ways an attendee block is read: a bordered table, a Namn/Organisation table, names listed under groups.</summary>
public class AttendeeReadingTests
{
    private static AttendeeBlock.Result Read(string label, params string[] lines) => AttendeeBlock.Read([(label, lines.ToList())]);

    [Fact]
    public void A_bordered_tables_role_column_makes_the_chair_and_secretary()
    {
        var result = Read("Närvarande",
            "| Namn | Organisation | Roll |",
            "|------|--------------|------|",
            "| Birgitta Sundin | PRO Huddinge | ordförande |",
            "| Lars Holm | SPF Seniorerna | sekreterare |",
            "| Eva Ek | Förvaltningen | |");

        Assert.Equal([new Attendee("Birgitta Sundin", "PRO Huddinge"), new Attendee("Lars Holm", "SPF Seniorerna"), new Attendee("Eva Ek", "Förvaltningen")],
            result.Attendees);
        Assert.Equal(("Birgitta Sundin", "Lars Holm"), (result.Chair, result.Secretary));
    }

    [Fact]
    public void A_headed_column_table_gives_each_name_its_organisation_and_a_wrapped_one_joins_the_row_above()
    {
        var result = Read("Närvarande",
            "Namn                 Organisation",
            "Marit Hellqvist      Regionstyrelsen",
            "Jonas Berg           Hälso- och sjukvårds-",
            "                     förvaltningen");

        Assert.Equal([new Attendee("Marit Hellqvist", "Regionstyrelsen"), new Attendee("Jonas Berg", "Hälso- och sjukvårds- förvaltningen")],
            result.Attendees);
    }

    [Fact]
    public void A_role_after_a_listed_name_makes_the_chair_or_secretary_and_is_no_name()
    {
        var result = Read("Närvarande", "Anna Berg, ordförande, Per Ek, sekreterare, Eva Lind");

        Assert.Equal(["Anna Berg", "Per Ek", "Eva Lind"], result.Attendees.Select(a => a.Name));
        Assert.Equal(("Anna Berg", "Per Ek"), (result.Chair, result.Secretary));
    }
}
