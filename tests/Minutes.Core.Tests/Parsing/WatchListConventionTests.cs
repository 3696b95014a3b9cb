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
}
