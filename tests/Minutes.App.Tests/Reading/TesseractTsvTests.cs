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

    // One row in block `block`, its top at `top` and climbing `rise` pixels per 100 across the page (a turned scan).
    private static IEnumerable<string> Placed(int block, int line, int top, double rise, params (string Text, int Left)[] words) =>
        words.Select((w, i) => string.Join('\t', 5, 1, block, 1, line, i + 1, w.Left, top - (int)Math.Round(rise * w.Left / 100),
            w.Text.Length * 8, Height, 95, w.Text));

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

    [Fact]
    public void Words_an_ordinary_space_apart_read_as_one_run() =>
        Assert.Equal("Dagordningen godkändes utan ändringar av styrgruppen", Lines(Prose)[^1]);

    // Tesseract reads a column of labels as one block and the column of their values as the next.
    private static IEnumerable<string>[] LabelsThenValues(double rise) =>
    [
        Placed(1, 1, 100, rise, Set("Marie Tingvall öppnade mötet och hälsade alla välkomna till rådet", 150)),
        Placed(2, 1, 200, rise, Set("Plats och tid", 150)),
        Placed(2, 2, 300, rise, Set("Beslutande", 150)),
        Placed(3, 1, 200, rise, Set("Stadshuset, sammanträdesrum Kåsan, kl. 09.00", 600)),
        Placed(3, 2, 300, rise, Set("Ann-Sofie Wennerlund (M), ordförande", 600)),
        Placed(3, 3, 345, rise, Set("Tomas Gilljam (S)", 600)),
    ];

    [Fact]
    public void Labels_and_values_read_as_two_blocks_come_out_line_by_line_as_written() =>
        Assert.Equal(
            ["Plats och tid    Stadshuset, sammanträdesrum Kåsan, kl. 09.00", "Beslutande    Ann-Sofie Wennerlund (M), ordförande", "Tomas Gilljam (S)"],
            Lines(LabelsThenValues(rise: 0)).Skip(1));

    [Fact]
    public void On_a_turned_scan_a_label_is_set_beside_its_own_value_not_the_line_above() =>
        // 5 pixels a hundred (3 degrees): the value 550 pixels to the right stands 27 pixels higher than its label, the
        // next row under the label 21 pixels lower, half a line or more either way.
        Assert.Equal(
            ["Plats och tid    Stadshuset, sammanträdesrum Kåsan, kl. 09.00", "Beslutande    Ann-Sofie Wennerlund (M), ordförande", "Tomas Gilljam (S)"],
            Lines(LabelsThenValues(rise: 5)).Skip(1));

    [Fact]
    public void Rows_one_above_the_other_are_not_joined_though_they_are_apart_across_the_page() =>
        Assert.Equal(["Beslutande", "Tomas Gilljam (S)"],
            Lines([.. Prose, Placed(2, 1, 300, 0, Set("Beslutande", 150)), Placed(3, 1, 300 + Height, 0, Set("Tomas Gilljam (S)", 600))]).Skip(2));

    [Fact]
    public void On_a_later_page_columns_side_by_side_keep_tesseracts_order_as_lists_read_one_after_the_other()
    {
        var tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
                  "1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t\n" + string.Join('\n', LabelsThenValues(rise: 0).SelectMany(r => r));

        var lines = TesseractTsv.Parse(tsv, firstPage: 2).Single().Lines.Select(l => l.Text).Where(l => l.Length > 0).ToList();

        Assert.Equal(["Plats och tid", "Beslutande", "Stadshuset, sammanträdesrum Kåsan, kl. 09.00"], lines.Skip(1).Take(3));
    }

    [Fact]
    public void On_a_later_page_an_action_table_read_column_by_column_is_read_across_again_row_by_row()
    {
        IEnumerable<string>[] table =
        [
            Placed(1, 1, 100, 0, Set("Marie Tingvall öppnade mötet och hälsade alla välkomna till rådet", 150)),
            Placed(2, 1, 200, 0, Set("Punkt Åtgärd", 150)),
            Placed(2, 2, 260, 0, Set("3 Sammanställa andelen som tackar nej", 150)),
            Placed(2, 3, 320, 0, Set("4 Skicka den nya mallen", 150)),
            Placed(3, 1, 200, 0, Set("Ansvarig Klart", 900)),
            Placed(3, 2, 260, 0, Set("Jenny Bladh v. 45", 900)),
            Placed(3, 3, 320, 0, Set("Patrik Öhman 13/11", 900)),
        ];
        var tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
                  "1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t\n" + string.Join('\n', table.SelectMany(r => r));

        var lines = TesseractTsv.Parse(tsv, firstPage: 3).Single().Lines.Select(l => l.Text).Where(l => l.Length > 0).ToList();

        Assert.Equal(["Punkt Åtgärd    Ansvarig Klart", "3 Sammanställa andelen som tackar nej    Jenny Bladh v. 45", "4 Skicka den nya mallen    Patrik Öhman 13/11"],
            lines.Skip(1));
    }

    [Fact]
    public void On_a_later_page_a_table_whose_number_and_time_captions_were_not_read_keeps_tesseracts_order()
    {
        IEnumerable<string>[] table =
        [
            Placed(1, 1, 100, 0, Set("Marie Tingvall öppnade mötet och hälsade alla välkomna till rådet", 150)),
            Placed(2, 1, 200, 0, Set("Vad", 150)),
            Placed(2, 2, 260, 0, Set("Informera hälsocentralerna", 150)),
            Placed(3, 1, 200, 0, Set("Vem", 900)),
            Placed(3, 2, 260, 0, Set("Johan Strömqvist", 900)),
        ];
        var tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n" +
                  "1\t1\t0\t0\t0\t0\t0\t0\t1654\t2339\t-1\t\n" + string.Join('\n', table.SelectMany(r => r));

        var lines = TesseractTsv.Parse(tsv, firstPage: 3).Single().Lines.Select(l => l.Text).Where(l => l.Length > 0).ToList();

        Assert.Equal(["Vad", "Informera hälsocentralerna", "Vem", "Johan Strömqvist"], lines.Skip(1));
    }
}
