using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>Conventions first met on held-out minutes (issue 13), each on the smallest text that shows it.</summary>
public class HeldOutConventionTests
{
    private static Meeting Parse(string text) => MinutesParser.Parse(PageCleaner.Clean(PlainText.Read(text)));

    [Theory]
    [InlineData("Brukarrådet för psykiatri sammanträdde torsdagen den 8 oktober 2026 kl. 14.00–16.00 på Lindhagensgatan 98, rum Fredhäll.", "Brukarrådet för psykiatri")]
    [InlineData("Rådet träffades den 3 mars.", "Rådet")]
    [InlineData("Vi hade ett bra möte.", null)]
    public void The_forum_stands_before_the_verb_of_meeting(string sentence, string? expected) =>
        Assert.Equal(expected, MeetingSentence.Forum(sentence));

    [Theory]
    [InlineData("Brukarrådet sammanträdde torsdagen den 8 oktober 2026 kl. 14.00–16.00 på Lindhagensgatan 98, rum Fredhäll.", "Lindhagensgatan 98, rum Fredhäll")]
    [InlineData("Anteckningar från mötet tisdagen den 19 maj 2026, kl. 09.00–11.30, Norrtälje sjukhus, konferensrummet Roslagen.", "Norrtälje sjukhus, konferensrummet Roslagen")]
    [InlineData("Anteckningar från mötet den 19 maj 2026.", null)]
    public void The_place_follows_på_or_the_time(string sentence, string? expected) =>
        Assert.Equal(expected, MeetingSentence.Place(sentence));

    [Fact]
    public void An_opening_sentence_gives_title_time_and_place()
    {
        var meeting = Parse("Brukarrådet för psykiatri sammanträdde torsdagen den 8 oktober\n2026 kl. 14.00–16.00 på Lindhagensgatan 98, rum Fredhäll.\n\n"
                            + "Närvarande: Sara Nygren (RSMH), Anders Fahl (förvaltningen)\n\n\n1. Inledning\n\nSara Nygren hälsade välkommen.\n");
        Assert.Equal("Brukarrådet för psykiatri", meeting.Title);
        Assert.Equal(new TimeOnly(14, 0), meeting.StartTime);
        Assert.Equal(new TimeOnly(16, 0), meeting.EndTime);
        Assert.Equal("Lindhagensgatan 98, rum Fredhäll", meeting.Location);
        Assert.Equal(["RSMH", "förvaltningen"], meeting.Attendees.Select(a => a.Organization));
    }

    [Fact]
    public void A_past_commission_is_an_action_and_a_decision()
    {
        var meeting = Parse("MÖTESANTECKNINGAR\nRådet\nDatum: 2026-11-12\n\n1. Balans\n\nFörvaltningen fick i uppdrag att undersöka om balansträning kan erbjudas.\n");
        Assert.Single(meeting.ActionItems);
        Assert.Equal("Förvaltningen", meeting.ActionItems[0].Owner);
        Assert.NotEmpty(meeting.AgendaItems[0].Decisions);
    }

    [Theory]
    [InlineData("Anders Fahl tar upp frågan med verksamhetscheferna.", 1)]
    [InlineData("Anders Fahl tar upp att väntetiderna har ökat.", 0)]
    public void Taking_a_matter_up_with_someone_is_a_task(string sentence, int actions) =>
        Assert.Equal(actions, Parse($"MÖTESANTECKNINGAR\nRådet\nDatum: 2026-11-12\n\nNärvarande: Anders Fahl\n\n1. Frågor\n\n{sentence}\n").ActionItems.Count);

    [Fact]
    public void The_next_meeting_wraps_between_Nästa_and_sammanträde()
    {
        var meeting = Parse("MÖTESANTECKNINGAR\nRådet\nDatum: 2026-03-10\n\n1. Avslutning\n\nOrdföranden förklarar sammanträdet avslutat. Nästa\nsammanträde hålls tisdagen den 9 juni 2026 kl. 13.00.\n");
        Assert.Equal(new DateOnly(2026, 6, 9), meeting.NextMeeting?.Date);
        Assert.Equal(new TimeOnly(13, 0), meeting.NextMeeting?.StartTime);
    }

    [Fact]
    public void A_bordered_attendee_table_under_its_own_label_gives_names_organisations_and_the_chair()
    {
        var meeting = Parse("MÖTESANTECKNINGAR\nDialogforum\n\nDatum     2026-11-12\n\n\nDeltagare\n\n| Namn | Organisation | Funktion |\n|---|---|---|\n"
                            + "| Rolf Engström | PRO Stockholms län | ordförande |\n| Gunvor Lind | SPF Seniorerna Stockholmsdistriktet och omnejd i länet |  |\n\n\n1  Inledning\n\nText.\n");
        Assert.Equal(["Rolf Engström", "Gunvor Lind"], meeting.Attendees.Select(a => a.Name));
        Assert.Equal("Rolf Engström", meeting.Chair);
    }

    [Fact]
    public void An_organisation_noun_opens_a_group_heading_in_the_left_column()
    {
        var meeting = Parse("MÖTESANTECKNINGAR\nSamverkansgruppen\nDatum: 2026-05-19\n\nNärvarande\n\nNorrtälje kommun          Annelie Frost, Rickard Palm\n"
                            + "Vårdcentralen Rimbo       Ebba Rydén\n\n\n1. Inledning\n\nText.\n");
        Assert.Contains(new Attendee("Ebba Rydén", "Vårdcentralen Rimbo"), meeting.Attendees);
    }

    [Fact]
    public void A_question_mark_on_a_slide_or_in_a_quoted_heading_is_no_question_asked()
    {
        var meeting = Parse("MÖTESANTECKNINGAR\nRådet\nDatum: 2026-03-10\n\n1. Hörteknik\n\nKarin Öst visade bilden \"Vem bär ansvaret?\" och berättade om läget.\n\n"
                            + " Vem bär ansvaret?                       Nästa steg\n - Regionen                               - Kartläggning\n\n"
                            + "Fråga: Finns det hörslingor i alla väntrum?\nSvar: Nej, inte ännu.\n");
        var question = Assert.Single(meeting.AgendaItems[0].Questions);
        Assert.Equal("Finns det hörslingor i alla väntrum?", question.Text);
    }
}
