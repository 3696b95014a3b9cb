using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>A bordered attendee table as a scan reads it: bars lost, read as letters, or left as lines of their own.</summary>
public class ScannedAttendeeTableTests
{
    private static Meeting Scanned(params string[] table) =>
        MinutesParser.Parse(new DocumentText([new TextPage(1,
            new[] { "MÖTESANTECKNINGAR", "", "Trafikrådet", "", "Datum    2027-02-09", "", "Deltagare", "" }
                .Concat(table).Concat(["", "1 Inledning", "", "Mötet öppnades."]).Select(l => new TextLine(l)).ToList(), "tesseract")]));

    [Fact]
    public void Rule_residue_gives_no_attendees()
    {
        var meeting = Scanned(
            "| Namn    | Organisation    | Funktion    | Närvaro",
            "|",
            "| Per Ek    | PRO Uppsala    | ordförande | på plats",
            "jo",
            "|    I    I",
            "| Eva Lund    | SPF Seniorerna    I    | Teams");

        Assert.Equal([new Attendee("Per Ek", "PRO Uppsala"), new Attendee("Eva Lund", "SPF Seniorerna")], meeting.Attendees);
        Assert.Equal("Per Ek", meeting.Chair);
    }

    [Fact]
    public void A_row_whose_gaps_closed_splits_name_organisation_and_role()
    {
        var meeting = Scanned(
            "| Namn    | Organisation    | Funktion    | Närvaro",
            "| Anna Berg | Region Uppsala | sekreterare | på plats |",
            "Per Ek PRO Uppsala    ordförande på plats",
            "Eva Lund Nybro    Teams",
            "Omar Said    Trafikförvaltningen föredragande | på plats");

        Assert.Equal(
            [new Attendee("Anna Berg", "Region Uppsala"), new Attendee("Per Ek", "PRO Uppsala"), new Attendee("Eva Lund", "Nybro"),
             new Attendee("Omar Said", "Trafikförvaltningen")],
            meeting.Attendees);
        Assert.Equal("Per Ek", meeting.Chair);
        Assert.Equal("Anna Berg", meeting.Secretary);
    }

    [Fact]
    public void A_whole_row_keeps_its_empty_cells_in_their_columns() =>
        Assert.Equal(["Eva Lund", "SKPF", "", "Teams"], BorderedTable.Rows(["| Eva Lund | SKPF |  | Teams |"])[0]);
}
