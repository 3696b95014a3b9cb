using Minutes.Reading;

namespace Minutes.Tests.Reading;

/// <summary>How Tesseract's word boxes become lines: where a gap between two words is a column, as a text layer shows it.</summary>
public sealed class TesseractTsvTests
{
    private const int Height = 40; // a row's height in pixels, ascenders to descenders
    private const int Space = 10;  // an ordinary space between words on these pages

    // One row of words at the given left edges, each word 8 pixels a letter, on line `line` of the page.
    private static IEnumerable<string> Row(int line, params (string Text, int Left)[] words) =>
        words.Select((w, i) => string.Join('\t', 5, 1, 1, 1, line, i + 1, w.Left, 100 + line * 60, w.Text.Length * 8, Height, 95, w.Text));

    // Words set one after another with ordinary spaces, starting at x.
    private static (string, int)[] Set(string text, int x)
    {
        var words = new List<(string, int)>();
        foreach (var word in text.Split(' '))
        {
            words.Add((word, x));
            x += word.Length * 8 + Space;
        }
        return [.. words];
    }

    private static IReadOnlyList<string> Lines(params IEnumerable<string>[] rows)
    {
        var tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
                  "1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t\n" + string.Join('\n', rows.SelectMany(r => r));
        return TesseractTsv.Parse(tsv).Single().Lines.Select(l => l.Text).Where(l => l.Length > 0).ToList();
    }

    // Two ordinary lines of prose, so that the page has a usual space to measure against.
    private static readonly IEnumerable<string>[] Prose =
    [
        Row(1, Set("Marie Tingvall öppnade mötet och hälsade alla välkomna", 150)),
        Row(2, Set("Dagordningen godkändes utan ändringar av styrgruppen", 150)),
    ];

    [Fact]
    public void A_table_cell_after_a_long_name_keeps_its_column_gap_though_it_is_under_a_line_high()
    {
        // "Emma Kvarnby" nearly fills its column: the next cell starts 35 pixels on, under one line height.
        var lines = Lines([.. Prose, Row(3, [.. Set("Emma Kvarnby", 150), .. Set("Region Kronoberg", 150 + 96 + 35), .. Set("enhetschef", 150 + 96 + 35 + 128 + 35)])]);

        Assert.Equal("Emma Kvarnby    Region Kronoberg    enhetschef", lines[^1]);
    }

    [Fact]
    public void A_justified_line_whose_spaces_are_all_stretched_reads_with_single_spaces()
    {
        var stretched = new List<(string, int)>();
        var x = 150;
        foreach (var word in "Stig Rosvall, Bertil Åhström och Leila Saberi".Split(' '))
        {
            stretched.Add((word, x));
            x += word.Length * 8 + 36;
        }

        var lines = Lines([.. Prose, Row(3, [.. stretched])]);

        Assert.Equal("Stig Rosvall, Bertil Åhström och Leila Saberi", lines[^1]);
    }

    [Fact]
    public void A_bullet_set_apart_from_its_text_is_a_bullet_not_a_column() =>
        Assert.Equal("• Aktuellt läge i vården", Lines([.. Prose, Row(3, [("»", 150), .. Set("Aktuellt läge i vården", 150 + 8 + 35)])])[^1]);

    [Fact]
    public void A_label_and_its_value_far_apart_keep_a_run_of_spaces() =>
        Assert.Equal("Datum:    onsdag 20 januari 2027", Lines([.. Prose, Row(3, [("Datum:", 150), .. Set("onsdag 20 januari 2027", 150 + 48 + 130)])])[^1]);

    // A line of block `block` whose words start at `x` with ordinary spaces, its top at `top` where x is 0, drifting
    // down `slope` pixels per pixel to the right as on a skewed scan.
    private static IEnumerable<string> Line(int block, int line, int top, int x, string text, double slope = 0) =>
        Set(text, x).Select((w, i) => string.Join('\t', 5, 1, block, 1, line, i + 1, w.Item2, top + (int)Math.Round(slope * w.Item2),
            w.Item1.Length * 8, Height, 95, w.Item1));

    [Fact]
    public void A_table_whose_columns_Tesseract_read_as_blocks_of_their_own_reads_row_by_row()
    {
        var lines = Lines([.. Prose,
            Line(2, 1, 400, 150, "Ta fram statistik"), Line(2, 2, 460, 150, "över reparationstider"), Line(2, 3, 520, 150, "Informera rådet"),
            Line(3, 1, 400, 900, "Anna Berg"), Line(3, 2, 520, 900, "Bo Ek"),
            Line(4, 1, 400, 1300, "31 mars"), Line(4, 2, 520, 1300, "Till hösten")]);

        Assert.Equal(["Ta fram statistik    Anna Berg    31 mars", "över reparationstider", "Informera rådet    Bo Ek    Till hösten"], lines.TakeLast(3));
    }

    [Fact]
    public void A_line_left_alone_in_a_column_goes_on_under_the_row_above_it_in_that_column()
    {
        var lines = Lines([.. Prose,
            Line(2, 1, 400, 150, "Region Solby"), Line(2, 2, 520, 150, "Norrby kommun"),
            Line(3, 1, 400, 600, "Anna Berg, direktör"), Line(3, 2, 460, 600, "Nils Ek, sekreterare"), Line(3, 3, 520, 600, "Eva Lund")]);

        Assert.Equal(["Region Solby    Anna Berg, direktör", "Nils Ek, sekreterare", "Norrby kommun    Eva Lund"], lines.TakeLast(3));
    }

    [Fact]
    public void On_a_skewed_scan_cells_of_one_row_are_matched_with_the_skew_taken_out()
    {
        const double slope = 0.03; // 22 pixels lower 750 pixels to the right: more than half a line
        var lines = Lines(
            Line(1, 1, 160, 150, "Marie Tingvall öppnade mötet och hälsade alla välkomna till dagens möte", slope),
            Line(1, 2, 220, 150, "Dagordningen godkändes utan ändringar av styrgruppen och mötet fortsatte", slope),
            Line(2, 1, 400, 150, "Ta fram statistik", slope), Line(2, 2, 460, 150, "Informera rådet", slope),
            Line(3, 1, 400, 900, "Anna Berg", slope), Line(3, 2, 460, 900, "Bo Ek", slope));

        Assert.Equal(["Ta fram statistik    Anna Berg", "Informera rådet    Bo Ek"], lines.TakeLast(2));
    }

    [Fact]
    public void Words_an_ordinary_space_apart_read_as_one_run() =>
        Assert.Equal("Dagordningen godkändes utan ändringar av styrgruppen", Lines(Prose)[^1]);
}
