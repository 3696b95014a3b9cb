using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>The header conventions of later minutes, each rule on its own and in the smallest document that shows it.</summary>
public class HeaderConventionRuleTests
{
    private static Meeting Parse(params string[] lines) => ParsedLines.Parse(lines);

    [Fact]
    public void A_short_page_counter_beside_the_unit_a_branch_number_in_parentheses_and_a_protokollforare_signature()
    {
        var meeting = Parse("KOMMUNEN", "Vård- och omsorgsförvaltningen                 Sid 1 av 3", "", "", "MINNESANTECKNINGAR", "", "Rådet", "", "",
            "Mötesdag   torsdag 11 februari 2027", "", "Närvarande", "Eva Lund (Kommunen), ordförande", "Gun Ahl (SKPF Pensionärerna avd. 21 Norrby)", "",
            "1 Mötets öppnande", "Mötet öppnades.", "", "", "Protokollförare", "", "Lotta Bränn");

        Assert.Equal(("Vård- och omsorgsförvaltningen", "Lotta Bränn"), (meeting.Department, meeting.Secretary));
        Assert.Equal("SKPF Pensionärerna avd. 21 Norrby", meeting.Attendees.Single(a => a.Name == "Gun Ahl").Organization);
    }

    [Theory]
    [InlineData("Minnesanteckningarna förda av")]
    [InlineData("Anteckningarna fördes av")]
    [InlineData("Protokollet fördes av")]
    public void Who_kept_the_minutes_said_in_a_passive_above_the_name_is_the_secretary(string label) =>
        Assert.Equal("Rebecka Toll", Parse("Minnesanteckningar", "", "Dialogmöte", "", "Datum: 2027-05-19", "", "1. Inledning", "Mötet öppnades.",
            "", "", label, "", "Rebecka Toll", "Patientrelationer, Sjukhuset").Secretary);

    [Fact]
    public void A_kind_line_with_a_meeting_number_under_the_title_a_place_after_the_hour_and_notes_kept_by_a_first_name()
    {
        var meeting = Parse("Region Blekinge", "", "Referensgruppen för projektet Seniorspår", "Minnesanteckningar, möte 3/2027", "",
            "Tisdag 11 maj 2027 kl 14–15.30, Teams", "", "Närvarande: Linn West och Oskar Lind (Region Blekinge)", "Anteckningar: Linn", "",
            "1  Sedan sist", "", "Inget nytt.");

        Assert.Equal(("Referensgruppen för projektet Seniorspår", "Teams", "Linn West"), (meeting.Title, meeting.Location, meeting.Secretary));
        Assert.All(meeting.Attendees, a => Assert.Equal("Region Blekinge", a.Organization));
    }

    [Fact]
    public void A_secretarys_name_is_the_first_line_of_the_field_not_a_heading_below_blank_lines() =>
        Assert.Equal("Elsa Frö", Parse("Mötesanteckningar", "", "Statusmöte", "", "Datum      2026-06-09", "", "Sekreterare: Elsa Frö", "", "",
            "Dagordning", "1. Inledning", "2. Status", "", "", "1. Inledning", "Mötet öppnades.").Secretary);

    [Fact]
    public void The_place_under_the_day_is_no_part_of_the_title_above_them() =>
        Assert.Equal("Dialogmöte med organisationerna i sjukhusets område", Parse("SJUKHUSET", "Staben", "", "", "Minnesanteckningar", "",
            "Dialogmöte med organisationerna i sjukhusets", "område", "", "Onsdag 19 maj 2027 kl. 13.00–15.30", "Aulan, hus 2, sjukhuset", "", "",
            "Ordförande: Eva Lund", "", "1. Välkommen", "Mötet öppnades.").Title);

    [Fact]
    public void Other_words_for_day_time_and_place_read_as_their_labels()
    {
        var meeting = Parse("Minnesanteckningar", "", "Pensionärsrådet", "", "Mötesdag:      tisdagen den 12 maj 2026", "Mötestid:      13.30–15.45",
            "Mötesplats:    Stadshuset, Rådhussalen", "", "1. Inledning", "Mötet öppnades.");

        Assert.Equal(("Pensionärsrådet", new DateOnly(2026, 5, 12), new TimeOnly(13, 30), new TimeOnly(15, 45), "Stadshuset, Rådhussalen"),
            (meeting.Title, meeting.Date, meeting.StartTime, meeting.EndTime, meeting.Location));
    }

    [Fact]
    public void A_label_wrapped_in_its_column_keeps_the_value_beside_its_second_word()
    {
        var meeting = Parse("PROTOKOLL", "", "Pensionärsrådet", "", "Datum           2027-02-10", "",
            "Ledamöter       Eva Lund (S), ordförande", "", "Övriga          Anna Ahl, avdelningschef", "deltagande      Mats Bro, enhetschef",
            "                Kim Wass, sekreterare", "", "§ 1  Mötets öppnande", "Ordföranden öppnade mötet.");

        Assert.Equal(["Eva Lund", "Anna Ahl", "Mats Bro", "Kim Wass"], meeting.Attendees.Select(a => a.Name));
        Assert.Equal(["Övriga          Anna Ahl", "frågor          Mats Bro"], WrappedLabel.Join(["Övriga          Anna Ahl", "frågor          Mats Bro"]));
        Assert.Equal(["Övriga deltagande          Anna Ahl", "Mats Bro"], WrappedLabel.Join(["Övriga          Anna Ahl", "deltagande      Mats Bro"]));
    }

    [Fact]
    public void A_kind_phrase_opening_a_title_heading_is_dropped()
    {
        Assert.Equal("Rådet för äldrefrågor", KindPhraseTitle.Strip("Anteckningar från rådet för äldrefrågor"));
        Assert.Equal("Nämnden för vård", KindPhraseTitle.Strip("Protokoll fört vid sammanträde med Nämnden för vård"));
        Assert.Equal("Rådet för äldrefrågor", KindPhraseTitle.Strip("Rådet för äldrefrågor"));
    }

    [Fact]
    public void A_kind_phrase_with_a_date_is_a_meeting_sentence_not_a_heading()
    {
        Assert.False(KindPhraseTitle.IsHeading("Minnesanteckningar från mötet den 3 mars 2026 i Solna"));
        Assert.True(KindPhraseTitle.IsHeading("Anteckningar från rådet för äldrefrågor"));
    }

    [Fact]
    public void A_title_heading_under_a_two_column_letterhead_gives_title_organisation_and_unit()
    {
        var meeting = Parse("Hälso- och sjukvårdsförvaltningen                  Sida 1 av 3", "Enheten för äldre                  HSN 2026-0077", "",
            "Anteckningar från rådet för äldrefrågor mellan regionen", "och kommunerna", "", "Datum:    tisdagen den 3 mars 2026",
            "Tid:      kl. 10.00–12.00", "", "1. Inledning", "", "Mötet öppnas.");

        Assert.Equal(("Rådet för äldrefrågor mellan regionen och kommunerna", "Hälso- och sjukvårdsförvaltningen", "Enheten för äldre", "HSN 2026-0077"),
            (meeting.Title, meeting.Organization, meeting.Department, meeting.DiaryNumber));
    }

    [Fact]
    public void A_ruled_key_value_table_reads_as_labelled_fields()
    {
        Assert.Equal(["", "Datum: 2026-05-05", "", "Tid: Klockan 10–12", ""],
            KeyValueTable.Unrule(["+-------+---------+", "| Datum | 2026-05-05 |", "+-------+---------+", "| Tid | Klockan 10–12 |", "+-------+---------+"]));
    }

    [Fact]
    public void A_bordered_table_that_is_no_header_keeps_its_rules()
    {
        string[] table = ["+------+-------+", "| Namn | Organisation |", "+------+-------+"];
        Assert.Equal(table, KeyValueTable.Unrule(table));
    }

    [Fact]
    public void A_protokoll_header_in_a_ruled_table_gives_date_time_place_diary_and_chair()
    {
        var meeting = Parse("PROTOKOLL", "", "Protokoll fört vid sammanträde med Beredningen för vård i", "söderort", "",
            "+--------------+--------------------------------+", "| Datum        | 2026-05-05                     |",
            "+--------------+--------------------------------+", "| Tid          | Klockan 10–12                  |",
            "+--------------+--------------------------------+", "| Plats        | Sjukhuset, Storgatan 1, Huddinge |",
            "+--------------+--------------------------------+", "| Diarienummer | HSN 2026-0101                  |",
            "+--------------+--------------------------------+", "| Ordförande   | Eva Lund (S)                   |",
            "+--------------+--------------------------------+", "", "§ 1 Inledning", "", "Sammanträdet öppnas.");

        Assert.Equal(("Beredningen för vård i söderort", new DateOnly(2026, 5, 5), new TimeOnly(10, 0), new TimeOnly(12, 0)),
            (meeting.Title, meeting.Date, meeting.StartTime, meeting.EndTime));
        Assert.Equal(("Sjukhuset, Storgatan 1, Huddinge", "HSN 2026-0101", "Eva Lund"), (meeting.Location, meeting.DiaryNumber, meeting.Chair));
    }

    [Fact]
    public void The_series_over_an_issuer_with_its_unit_after_a_comma_is_the_title()
    {
        Assert.Equal(("Rådet i Täby", "Täby kommun", "Omsorgskontoret"), SeriesOverIssuer.Read(["Rådet i Täby", "Täby kommun, Omsorgskontoret"]));
        Assert.Null(SeriesOverIssuer.Read(["Täby kommun", "Omsorgskontoret, enheten för äldre"]));
    }

    [Fact]
    public void Shortened_chair_and_note_taker_labels_on_one_line_give_both()
    {
        var meeting = Parse("MINNESANTECKNINGAR", "", "Nätverket för vård", "",
            "Datum 2026-03-04   Tid kl. 9.00–11.00   Plats Nacka stadshus, sal 2", "Ordf.: Eva Ros      Anteckn.: Bo Lind", "",
            "1. Inledning", "", "Mötet öppnas.");

        Assert.Equal(("Eva Ros", "Bo Lind", "Nacka stadshus, sal 2"), (meeting.Chair, meeting.Secretary, meeting.Location));
        Assert.Equal((new TimeOnly(9, 0), new TimeOnly(11, 0)), (meeting.StartTime, meeting.EndTime));
    }

    [Fact]
    public void Written_out_chair_and_note_taker_labels_give_both()
    {
        var meeting = Parse("MINNESANTECKNINGAR", "", "Gruppen", "", "Datum: 2026-03-04", "Mötesordförande: Eva Ros", "Antecknare: Bo Lind", "",
            "1. Inledning", "", "Mötet öppnas.");

        Assert.Equal(("Eva Ros", "Bo Lind"), (meeting.Chair, meeting.Secretary));
    }

    [Fact]
    public void Date_time_and_place_run_together_give_the_place_after_the_time()
    {
        Assert.Equal("Vårdcentralen Bro, rum 4", MeetingLine.Place(["Tisdag 3 mars 2026, kl. 10.00–12.00, Vårdcentralen Bro,", "rum 4"]));
        Assert.Null(MeetingLine.Place(["Mötet hölls den 3 mars."]));
    }

    [Fact]
    public void A_heading_in_capitals_with_a_date_line_under_the_kind_keeps_title_and_place_apart()
    {
        var meeting = Parse("Bro kommun", "Omsorgskontoret", "", "LOKAL GRUPP FÖR ÄLDRE I BRO", "Anteckningar", "",
            "Tisdag 3 mars 2026, kl. 10.00–12.00, Vårdcentralen Bro,", "rum 4", "", "Mötesordförande: Eva Ros", "", "1. Inledning", "", "Mötet öppnas.");

        Assert.Equal(("LOKAL GRUPP FÖR ÄLDRE I BRO", "Vårdcentralen Bro, rum 4", "Eva Ros"), (meeting.Title, meeting.Location, meeting.Chair));
        Assert.Equal((new DateOnly(2026, 3, 3), new TimeOnly(10, 0)), (meeting.Date, meeting.StartTime));
    }

    [Fact]
    public void The_place_of_plats_och_tid_is_what_stands_before_the_time()
    {
        Assert.Equal("Kommunhuset, sal 1, 123 45 Bro", PlaceAndTime.Place("Kommunhuset, sal 1, 123 45 Bro, kl. 14.00 - 16.00"));
    }

    [Fact]
    public void A_municipal_front_sheet_gives_kind_organ_time_place_and_chair_but_not_its_other_dates()
    {
        var meeting = Parse("BRO KOMMUN                         SAMMANTRÄDESPROTOKOLL      1 (3)", "",
            "Kommunala rådet                    Sammanträdesdatum", "                                   2026-02-10", "", "",
            "Plats och tid          Kommunhuset, sal 1, Storgatan 2,", "                       123 45 Bro, kl. 13.00 - 15.00", "",
            "Ledamöter              Eva Ros (PRO Bro), ordförande", "                       Bo Lind (M), socialnämnden", "",
            "Övriga deltagande      Ida Sjö, Hälso- och sjukvårdsförvaltningen, § 2", "                       Per Ek, kommunsekreterare", "",
            "Utses att justera      Bo Lind", "", "Justeringens plats     Kommunhuset 2026-02-16", "och tid", "",
            "Underskrifter          Sekreterare   ..........................", "                                     Per Ek", "",
            "                       Ordförande    ..........................", "                                     Eva Ros", "",
            "                       Justerande    ..........................", "                                     Bo Lind", "",
            "§ 1  Val av justerare", "", "Beslut", "Rådet beslutar att utse Bo Lind att justera protokollet.");

        Assert.Equal((DocumentType.Protokoll, "Kommunala rådet", "BRO KOMMUN", new DateOnly(2026, 2, 10)),
            (meeting.DocumentType, meeting.Title, meeting.Organization, meeting.Date));
        Assert.Equal(("Kommunhuset, sal 1, Storgatan 2, 123 45 Bro", new TimeOnly(13, 0), new TimeOnly(15, 0), "Eva Ros"),
            (meeting.Location, meeting.StartTime, meeting.EndTime, meeting.Chair));
        Assert.Equal([("Eva Ros", "PRO Bro"), ("Bo Lind", "M"), ("Ida Sjö", "Hälso- och sjukvårdsförvaltningen"), ("Per Ek", "Övriga deltagande")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
    }

    [Fact]
    public void Motesledare_names_the_chair_and_protokollforare_or_antecknat_av_the_secretary()
    {
        var digital = Parse("Minnesanteckningar", "", "Nätverket för hörsel", "", "Datum: 2026-02-11", "Mötesledare: Anna Vik",
            "Antecknat av: Jon Holm", "", "1. Inledning", "Mötet öppnas.");
        var protokoll = Parse("PROTOKOLL", "", "Brukarrådet", "", "Datum: 2026-04-21", "Ordförande:        Eva Berg",
            "Protokollförare:   Ola Lund", "", "§ 1  Inledning", "Mötet öppnas.");

        Assert.Equal(("Anna Vik", "Jon Holm"), (digital.Chair, digital.Secretary));
        Assert.Equal(("Eva Berg", "Ola Lund"), (protokoll.Chair, protokoll.Secretary));
    }

    [Fact]
    public void A_beslutsprotokoll_in_the_letterheads_right_column_is_a_protokoll()
    {
        var meeting = Parse("SOLBY KOMMUN                                              BESLUTSPROTOKOLL",
            "Socialförvaltningen                                       Dnr SN 2026/77", "", "Brukarrådet för syn", "",
            "Datum: 2026-09-08", "", "§ 1  Val av justerare", "Rådet beslutar att utse Bo Sten.");

        Assert.Equal(DocumentType.Protokoll, meeting.DocumentType);
    }
}
