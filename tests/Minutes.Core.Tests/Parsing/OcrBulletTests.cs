using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

public class OcrBulletTests
{
    private static Meeting Parse(params string[] lines) =>
        MinutesParser.Parse(new DocumentText([new TextPage(1, lines.Select(l => new TextLine(l)).ToList(), "tesseract")]));

    [Theory]
    [InlineData("+»")]
    [InlineData("»")]
    [InlineData("•")]
    public void A_question_behind_a_bullet_that_ocr_read_as_one_or_two_glyphs_is_still_a_question(string bullet)
    {
        var meeting = Parse(
            "MÖTESANTECKNINGAR", "", "Samverkan om äldrevården", "", "Datum: 2025-03-04", "",
            "1 Inledning", "Mötet öppnas.", "",
            "2 Vårdval", "Anna Berg, enhetschef", "Vårdvalet beskrivs.", "",
            bullet + " Fråga: Hur följs avtalen upp?", "",
            "• Svar: Genom årliga uppföljningsmöten.", "",
            "3 Övriga frågor", "Inga.");

        var item = Assert.Single(meeting.AgendaItems, i => i.Number == "2");
        var question = Assert.Single(item.Questions);
        Assert.Equal("Hur följs avtalen upp?", question.Text);
        Assert.Equal("Genom årliga uppföljningsmöten.", question.Answer);
    }
}
