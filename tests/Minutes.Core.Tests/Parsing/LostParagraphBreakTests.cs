using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>A question, input or answer whose blank line after it a scan lost: it ends at its short last line.</summary>
public class LostParagraphBreakTests
{
    // As Tesseract gives a page: no blank line between paragraphs.
    private static Meeting Scanned(params string[] body) =>
        MinutesParser.Parse(new DocumentText([new TextPage(1,
            new[] { "MÖTESANTECKNINGAR", "", "Seniorrådet", "", "Datum: 2027-02-09", "", "1. Inledning", "Mötet öppnades.", "", "2. Färdtjänst" }
                .Concat(body).Select(l => new TextLine(l)).ToList(), "tesseract")]));

    [Fact]
    public void An_answer_ends_at_its_short_last_line_and_the_task_after_it_is_an_action()
    {
        var meeting = Scanned(
            "Fråga: Varför har väntetiderna för färdtjänstresor till vårdcentralen ökat?",
            "Svar: Antalet resor har ökat med en femtedel sedan i fjol och beställningscentralen",
            "har haft svårt att rekrytera personal till kvällspassen.",
            "Karin Lund tar fram en sammanställning av väntetiderna per kommun till nästa möte.");

        var question = Assert.Single(meeting.AgendaItems[1].Questions);
        Assert.EndsWith("kvällspassen.", question.Answer);
        var action = Assert.Single(meeting.ActionItems);
        Assert.Equal("Karin Lund", action.Owner);
        Assert.Equal("next-meeting", action.Due);
    }

    [Fact]
    public void An_input_ends_at_its_short_last_line_and_the_next_line_regains_its_capital()
    {
        var meeting = Scanned(
            "Synpunkt: Per Ek (SPF) menade att resorna till vårdcentralerna måste följas upp per",
            "kommun, annars syns inte skillnaderna.",
            "sekreteraren sammanställer rådets synpunkter och skickar dem till förvaltningen.");

        var action = Assert.Single(meeting.ActionItems);
        Assert.Equal("Sekreteraren", action.Owner);
        Assert.StartsWith("Sekreteraren sammanställer", action.Text);
    }

    [Fact]
    public void A_wrapped_line_that_happens_to_end_a_sentence_goes_on()
    {
        string[] lines = ["Svar: Beställningscentralen har fått fler förare till kvällspassen och till helgerna."];

        Assert.False(LostParagraphBreak.After(lines, lines[0].Length + 4));
    }

    [Fact]
    public void Minutes_outside_a_question_block_keep_their_paragraphs() =>
        Assert.False(LostParagraphBreak.After(["Rådet diskuterade färdtjänsten."], 80));
}
