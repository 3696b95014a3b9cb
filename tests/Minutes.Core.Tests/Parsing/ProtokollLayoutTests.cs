using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>How a § protokoll may be laid out: a front sheet in two columns, each § alone over its title.</summary>
public class ProtokollLayoutTests
{
    private static readonly string[] FrontSheet =
    [
        "Region Norrby                                          PROTOKOLL", "                                                       Sammanträdesdatum",
        "Pensionärsrådet för hälso- och sjukvård                2027-01-26", "                                                       Sida 1 (4)", "", "",
        "Plats och tid       Regionhuset, rum Nyckeln,", "                    kl. 13.00–15.45", "",
        "Närvarande          Lena Gren (KD), ordförande", "                    Mats Öd (S)", "",
    ];

    [Fact]
    public void A_forum_on_the_letterheads_last_line_is_the_title_and_the_right_columns_captions_are_not()
    {
        var meeting = ParsedLines.Parse([.. FrontSheet, "§ 1", "", "Sammanträdets öppnande", "", "Ordföranden öppnade sammanträdet."]);

        Assert.Equal(("Pensionärsrådet för hälso- och sjukvård", "Region Norrby", null), (meeting.Title, meeting.Organization, meeting.Department));
    }

    [Fact]
    public void Captions_side_by_side_far_in_under_the_kind_are_no_department_and_a_day_before_the_time_is_no_place()
    {
        var meeting = ParsedLines.Parse([
            "REGION NORRBY                                    JUSTERAT PROTOKOLL", "                                                 Sammanträdesdatum    Sida",
            "                                                 2027-02-16           1 (4)", "", "", "Regionala pensionärsrådet", "", "",
            "Plats och tid       Regionhuset, Storgatan 6, Norrby, sammanträdesrum", "                    Udden, tisdagen den 16 februari 2027 kl. 09.30–12.00", "",
            "Närvarande ledamöter", "Lena Gren (S), ordförande", "", "§ 1", "", "Sammanträdets öppnande", "", "Ordföranden öppnade sammanträdet."]);

        Assert.Equal(("Regionala pensionärsrådet", "REGION NORRBY", null, "Regionhuset, Storgatan 6, Norrby, sammanträdesrum Udden"),
            (meeting.Title, meeting.Organization, meeting.Department, meeting.Location));
        Assert.Equal((new DateOnly(2027, 2, 16), new TimeOnly(9, 30)), (meeting.Date, meeting.StartTime));
    }

    [Fact]
    public void Each_paragraph_sign_alone_takes_its_title_from_below_a_blank_line()
    {
        var meeting = ParsedLines.Parse([.. FrontSheet, "§ 1", "", "Sammanträdets öppnande", "", "Ordföranden öppnade sammanträdet.", "", "",
            "§ 2", "", "Val av justerare", "", "Beslut", "Mats Öd utses att justera protokollet."]);

        Assert.Equal([("1", "Sammanträdets öppnande"), ("2", "Val av justerare")], meeting.AgendaItems.Select(i => (i.Number, i.Title)));
        Assert.Equal(["Mats Öd utses att justera protokollet."], meeting.AgendaItems[1].Decisions);
    }

    [Fact]
    public void A_sentence_opening_with_a_member_and_party_is_no_presenter_line() =>
        Assert.Empty(ParsedLines.Parse([.. FrontSheet, "§ 1", "", "Övriga frågor", "", "Mats Öd (S) tog upp att bussarna till sjukhuset i",
            "Norrby inte längre stannar vid huvudentrén."]).AgendaItems[0].Presenters);

    [Fact]
    public void An_att_clause_giving_two_a_commission_is_their_task()
    {
        var action = Assert.Single(ParsedLines.Parse([.. FrontSheet, "§ 1", "", "Yttrande", "", "Beslut", "Pensionärsrådet beslutar", "",
            "att ge ordföranden och vice ordföranden i uppdrag att formulera", "tilläggen senast den 19 februari 2027."]).ActionItems);

        Assert.Equal(("Ordföranden och vice ordföranden", "2027-02-19"), (action.Owner, action.Due));
    }
}
