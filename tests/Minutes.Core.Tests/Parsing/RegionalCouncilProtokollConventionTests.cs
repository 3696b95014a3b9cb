namespace Minutes.Tests.Parsing;

/// <summary>A regional council's § protokoll: "Tidpunkt" for the time, "Rådets beslut" over the decision.</summary>
public class RegionalCouncilProtokollConventionTests
{
    private static Minutes.Model.Meeting Parse() => ParsedLines.Parse(
        "Region Solö                                                     PROTOKOLL", "", "Regionala pensionärsrådet", "", "",
        "Tidpunkt        Torsdagen den 4 mars 2027, kl. 09.30–12.15", "Lokal           Regionens hus, sal Laholmsbukten", "", "",
        "Närvarande", "", "Ledamöter        Berit Wahlstedt (C), ordförande", "                 Lennart Brobeck (SKPF)", "", "",
        "§ 11  Val av justerare", "", "Rådets beslut", "Lennart Brobeck (SKPF) utses att jämte ordföranden", "justera protokollet.", "", "",
        "§ 12  Protokoll från föregående sammanträde", "", "Protokollet är justerat.");

    [Fact]
    public void Tidpunkt_labels_the_time_and_ends_the_title_above_it()
    {
        var meeting = Parse();

        Assert.Equal(("Regionala pensionärsrådet", new DateOnly(2027, 3, 4), new TimeOnly(9, 30)), (meeting.Title, meeting.Date, meeting.StartTime));
    }

    [Fact]
    public void Under_the_label_Radets_beslut_the_sentence_is_the_decision_whatever_its_verb() =>
        Assert.Equal(["Lennart Brobeck (SKPF) utses att jämte ordföranden justera protokollet."], Parse().AgendaItems[0].Decisions);
}
