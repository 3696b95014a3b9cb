using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

public class ItemNumberFormsTests
{
    internal static Meeting Parse(params string[] lines) => ParsedLines.Parse(lines);

    private static List<(string, string)> Items(params string[] body) =>
        Parse(["MINNESANTECKNINGAR", "", "Seniorrådet i Solby", "", "Datum: 2026-02-03", "", .. body])
            .AgendaItems.Select(i => (i.Number, i.Title)).ToList();

    [Fact]
    public void A_closing_parenthesis_after_a_number_opens_an_item() =>
        Assert.Equal([("1", "Välkommen"), ("2", "Färdtjänsten")],
            Items("1) Välkommen", "", "Ordföranden hälsade välkommen.", "", "2) Färdtjänsten", "", "Resorna diskuterades."));

    [Fact]
    public void The_word_Punkt_and_a_colon_before_the_title_open_an_item() =>
        Assert.Equal([("1", "Inledning"), ("2", "Hörselvården")],
            Items("Punkt 1: Inledning", "Mötet öppnades.", "", "Punkt 2: Hörselvården", "Köerna har kortats."));

    [Fact]
    public void The_time_an_agenda_gives_between_number_and_title_is_not_part_of_the_title() =>
        Assert.Equal([("1", "Välkommen"), ("2", "Hörselvården"), ("3", "Avslut")],
            Items("1   13.00   Välkommen", "", "Ordföranden hälsade välkommen.", "", "2   kl. 13.10–13.40   Hörselvården", "",
                "Listan gicks igenom.", "", "3   14:25   Avslut", "", "Mötet avslutades."));

    [Fact]
    public void Items_five_and_eight_with_a_time_are_not_read_as_an_ocr_paragraph_sign() =>
        Assert.Equal(["4", "5", "6", "7", "8"], Parse(["MINNESANTECKNINGAR", "", "Seniorrådet i Solby", "", "Datum: 2026-02-03", "",
            "1   13.00   Välkommen", "", "2   13.05   Ett", "", "3   13.10   Två", "", "4   14.10   Frågor", "Text.", "",
            "5   14.25   Avslut", "Text.", "", "6   14.30   Sex", "", "7   14.35   Sju", "", "8   14.40   Åtta", "Mötet avslutades."])
            .AgendaItems.Skip(3).Select(i => i.Number));

    [Fact]
    public void The_word_Arende_before_the_number_opens_an_item() =>
        Assert.Equal([("1", "Mötets öppnande"), ("2", "Val av justerare")],
            Items("Ärende 1  Mötets öppnande", "", "Mötet öppnades.", "", "Ärende 2  Val av justerare", "", "Anna Ek valdes."));

    [Fact]
    public void A_numbered_sentence_out_of_order_stays_body_text() =>
        Assert.Equal([("1", "Välkommen"), ("2", "Färdtjänsten")],
            Items("1) Välkommen", "", "5) Gäller bara de som anmält sig.", "", "2) Färdtjänsten", "", "Resorna diskuterades."));
}
