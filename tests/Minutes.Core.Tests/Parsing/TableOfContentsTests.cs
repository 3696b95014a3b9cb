using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>A table of contents lists the items without holding them.</summary>
public class TableOfContentsTests
{
    private static Meeting Parse(params string[] lines) => ParsedLines.Parse(lines);

    [Fact]
    public void Entries_with_dot_leaders_and_page_numbers_open_no_items_and_the_header_runs_on_past_them()
    {
        var meeting = Parse("MINNESANTECKNINGAR", "", "Brukarrådet för syn", "", "Innehåll", "",
            "1  Inledning ............................ 2", "2  Ledsagning . . . . . . . . . . . . . 2", "3  Övrigt ………… 3", "",
            "Datum: 3 mars 2026", "Plats: Regionens hus", "", "1  Inledning", "Mötet öppnas.", "", "2  Ledsagning",
            "Lars Ek redogör för läget.", "", "3  Övrigt", "Inga övriga frågor.");

        Assert.Equal(["Inledning", "Ledsagning", "Övrigt"], meeting.AgendaItems.Select(i => i.Title));
        Assert.Equal(new DateOnly(2026, 3, 3), meeting.Date);
        Assert.Equal("Regionens hus", meeting.Location);
    }

    [Theory]
    [InlineData("4  Tillgänglighet i akutsjukvården ........ 14", true)]
    [InlineData("Bilaga 2 . . . . . . 7", true)]
    [InlineData("Ordförande ..............................", false)]
    [InlineData("..................................  2026-03-16", false)]
    [InlineData("Se punkt 4 ... 2", false)]
    [InlineData("......... 3", false)]
    public void An_entry_is_text_then_at_least_four_leader_dots_then_a_page_number(string line, bool entry) =>
        Assert.Equal(entry, TableOfContents.IsEntry(line));

    [Fact]
    public void One_leader_line_alone_is_no_table_of_contents()
    {
        var lines = new List<SourceLine> { new("Ort och datum ........ 12", 1, false), new("1  Inledning", 1, false) };

        Assert.Same(lines, TableOfContents.SetAside(lines));
    }
}
