using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

public class BulletQuestionTests
{
    [Fact]
    public void A_bullet_asked_by_an_organisation_and_answered_below_is_a_question()
    {
        var q = BulletQuestion.Read(new Paragraph("SKPF: När öppnar den nya mottagningen?", true), new Paragraph("Svar: Efter sommaren.", false));
        Assert.Equal(new Question("När öppnar den nya mottagningen?", "Efter sommaren."), q);
    }

    [Fact]
    public void A_labelled_bullet_without_an_answer_below_is_no_question() =>
        Assert.Null(BulletQuestion.Read(new Paragraph("Ekonomi: varför ökar kostnaderna?", true), new Paragraph("Kostnaderna ökar.", false)));

    [Fact]
    public void Short_labels_F_and_S_give_a_question_and_its_answer()
    {
        var questions = QuestionBlock.Read([new Paragraph("F: Gäller det alla vårdcentraler?", false), new Paragraph("S: Ja, från maj.", false)]);
        Assert.Equal([new Question("Gäller det alla vårdcentraler?", "Ja, från maj.")], questions);
    }

    [Fact]
    public void A_numbered_question_with_the_asker_in_parentheses_is_a_question() =>
        Assert.Single(QuestionBlock.Read([new Paragraph("Fråga 2 (PRO Solby): Hur bokar man?", false), new Paragraph("Svar: Via 1177.", false)]));
}
