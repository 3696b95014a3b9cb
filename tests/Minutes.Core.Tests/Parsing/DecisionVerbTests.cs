using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

public class DecisionVerbTests
{
    [Theory]
    [InlineData("Det beslutades att rådet ska ha ett temamöte i vår.")]
    [InlineData("Ordföranden konstaterade att dagordningen kan fastställas.")]
    public void An_impersonal_decision_or_a_fixed_agenda_is_a_decision(string sentence) =>
        Assert.Single(Decisions.Read([new Paragraph(sentence, false)]));

    [Fact]
    public void A_plan_decided_elsewhere_is_news_not_a_decision() =>
        Assert.Empty(Decisions.Read([new Paragraph("Planen beslutades i kunskapsstyrningsnämnden förra året.", false)]));

    [Theory]
    [InlineData("Hälso- och sjukvårdsnämnden beslutade i april om en ny modell för ersättning.")]
    [InlineData("I mars fastställde styrelsen budgeten för 2027.")]
    [InlineData("Kommunfullmäktige antog planen i fjol.")]
    public void A_decision_dated_before_the_meeting_is_news(string sentence) =>
        Assert.Empty(Decisions.Read([new Paragraph(sentence, false)]));

    [Theory]
    [InlineData("Styrgruppen beslutar i oktober om projektet ska förlängas efter den 31 december 2027.")]
    [InlineData("Nämnden beslutar vid sitt sammanträde den 5 maj om budgeten.")]
    public void A_decision_to_be_taken_later_is_news(string sentence) =>
        Assert.Empty(Decisions.Read([new Paragraph(sentence, false)]));

    [Fact]
    public void A_decision_taken_today_in_the_present_is_a_decision() =>
        Assert.Single(Decisions.Read([new Paragraph("Rådet beslutar i dag om att anta planen.", false)]));

    [Fact]
    public void A_decision_of_the_meeting_in_the_past_tense_is_a_decision() =>
        Assert.Single(Decisions.Read([new Paragraph("Rådet beslutade i enlighet med förslaget att lämna ett yttrande.", false)]));
}
