using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>Headerless minutes whose opening sentence names the meeting by a common noun ("Träffen hölls …") and whose forum stands only in a running head or foot.</summary>
public class HeaderlessMeetingSentenceTests
{
    [Theory]
    [InlineData("Träffen hölls onsdagen den 4 mars 2026 kl. 10.00–12.00 i Kista träff, sal 3.")]
    [InlineData("Mötet ägde rum måndagen den 9 mars 2026 kl. 09.00–11.00 på Stadshuset.")]
    public void A_meeting_noun_before_the_verb_is_no_forum_but_the_sentence_is_a_meeting_sentence(string sentence)
    {
        Assert.Null(MeetingSentence.Forum(sentence));
        Assert.True(MeetingSentence.IsMeetingSentence(sentence));
    }

    [Fact]
    public void A_forum_before_the_verb_is_still_the_forum() =>
        Assert.Equal("Brukarrådet för syn", MeetingSentence.Forum("Brukarrådet för syn sammanträdde onsdagen den 4 mars 2026 kl. 10.00–12.00 på Regionens hus."));

    [Fact]
    public void The_place_after_the_time_and_i_ends_with_its_sentence() =>
        Assert.Equal("Kista träff, sal 3",
            MeetingSentence.Place("Träffen hölls onsdagen den 4 mars 2026 kl. 10.00–12.00 i Kista träff, sal 3. Två deltagare var med på länk."));

    [Fact]
    public void Headerless_minutes_take_the_place_from_the_opening_sentence_and_the_title_from_the_running_foot()
    {
        var lines = new[]
        {
            "Förvaltningen för vård                                   Minnesanteckningar", "",
            "Träffen hölls onsdagen den 4 mars 2026 kl. 10.00–12.00 i Kista träff,", "sal 3. Två deltagare var med på länk.", "",
            "Deltagare", "", "Kommunen: Eva Lind, Omar Said", "",
            "1. Inledning", "", "Eva Lind hälsade alla välkomna.",
        };
        var meeting = MinutesParser.Parse(new DocumentText([new TextPage(1, lines.Select(l => new TextLine(l)).ToList(), "text")])
        {
            RunningHeads = ["Nätverket för fallprevention i norr · 2026-03-04"],
        });

        Assert.Equal("Nätverket för fallprevention i norr", meeting.Title);
        Assert.Equal("Kista träff, sal 3", meeting.Location);
    }
}
