namespace Minutes.Tests.Parsing;

/// <summary>
/// A protokoll's bevakningslista: the open matters the council follows, each with when it was raised, who answers for
/// it and by when, set as a table whose cells wrap.
/// </summary>
public class WatchListConventionTests
{
    [Fact]
    public void Each_matter_of_a_watch_list_table_is_an_action_with_its_owner_and_due()
    {
        var meeting = ParsedLines.Parse("PROTOKOLL", "Regionala pensionärsrådet", "", "Sammanträdesdatum: 2026-09-16", "",
            "§ 1 Övriga frågor", "", "Inga övriga frågor.", "", "Bevakningslista", "",
            "Ärende                                 Väckt         Ansvarig                  Klart",
            "---------------------------------------------------------------------------------------",
            "Väntetider till ögonsjukvården i       2026-04-15    Hälso- och sjukvårds-     november 2026",
            "Skellefteå och Lycksele                § 19          förvaltningen",
            "Uppsökande tandvård i hemmet –         2026-06-03    Folktandvården            2027-03-31",
            "uppföljning av nya avtalet             § 26");

        Assert.Equal(
            [("Väntetider till ögonsjukvården i Skellefteå och Lycksele", "Hälso- och sjukvårdsförvaltningen", "2026-11"),
             ("Uppsökande tandvård i hemmet – uppföljning av nya avtalet", "Folktandvården", "2027-03-31")],
            meeting.ActionItems.Select(a => (a.Text, a.Owner, a.Due)));
    }

    [Fact]
    public void Read_from_a_scan_the_rows_may_follow_a_blank_line_and_full_rows_count_their_cells_off_in_order()
    {
        // OCR keeps the columns' order but not their places, and drops the rule under the header.
        var meeting = ParsedLines.Parse("PROTOKOLL", "Regionala pensionärsrådet", "", "Sammanträdesdatum: 2026-09-16", "",
            "§ 1 Övriga frågor", "", "Inga övriga frågor.", "", "Bevakningslista", "",
            "Ärende    Väckt    Ansvarig    Klart", "",
            "Uppsökande tandvård i hemmet    2026-06-03    Folktandvården    2027-03-31",
            "Yttrande över regional plan för äldres hälsa    2026-09-16    Arbetsutskottet    2026-10-09");

        Assert.Equal([("Folktandvården", "2027-03-31"), ("Arbetsutskottet", "2026-10-09")], meeting.ActionItems.Select(a => (a.Owner, a.Due)));
    }
}
