using Minutes.Reading;

namespace Minutes.Tests.Reading;

/// <summary>How glyphs with positions become the lines the parser reads: words, columns, paragraphs, indents.</summary>
public sealed class TextLayoutTests
{
    private const double Size = 11;
    private const double Advance = 6; // one glyph's width at 11 points, near enough for these cases

    // The glyphs of a piece of text set from x on the line at baseline y, spaces included.
    private static IEnumerable<Glyph> Set(string text, double x, double y) =>
        text.Select((c, i) => new Glyph(c.ToString(), x + i * Advance, x + (i + 1) * Advance, y, Size));

    private static IReadOnlyList<string> Lines(params IEnumerable<Glyph>[] pieces) =>
        TextLayout.Lines(pieces.SelectMany(p => p).ToList(), 595).Select(l => l.Text).ToList();

    [Fact]
    public void Words_set_with_spaces_read_with_single_spaces() =>
        Assert.Equal(["Johan Bratt öppnar mötet"], Lines(Set("Johan Bratt öppnar mötet", 57, 100)));

    [Fact]
    public void A_label_and_its_value_set_apart_keep_a_run_of_spaces()
    {
        var line = Assert.Single(Lines(Set("Datum", 57, 100), Set("Torsdagen den 12 juni 2025", 170, 100)));

        Assert.Matches(@"^Datum {2,}Torsdagen den 12 juni 2025$", line);
    }

    [Fact]
    public void Lines_of_a_paragraph_follow_each_other_and_a_wider_step_leaves_a_blank_line() =>
        Assert.Equal(["Första raden", "andra raden", "", "Nytt stycke"],
            Lines(Set("Första raden", 57, 100), Set("andra raden", 57, 113), Set("Nytt stycke", 57, 139)));

    [Fact]
    public void Bold_printed_twice_a_hair_apart_reads_once() =>
        Assert.Equal(["1 Inledning"], Lines(Set("1 Inledning", 57, 100), Set("1 Inledning", 57.2, 100)));

    [Fact]
    public void Glyphs_drawn_out_of_order_are_read_top_to_bottom_left_to_right() =>
        Assert.Equal(["Tid", "Datum"], Lines(Set("Datum", 57, 113), Set("Tid", 57, 100)));

    [Fact]
    public void A_line_carries_its_left_edge_as_a_share_of_the_page_width() =>
        Assert.Equal(0.2, TextLayout.Lines(Set("Indraget", 119, 100).ToList(), 595).Single().Indent);
}
