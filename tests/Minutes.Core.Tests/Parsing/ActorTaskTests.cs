using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>Commitments in forms the first cues missed: a named actor's present-tense task, inverted word order, a body's decision to produce something, a past commission.</summary>
public class ActorTaskTests
{
    private static Meeting Parse(params string[] body) =>
        MinutesParser.Parse(new DocumentText([new TextPage(1,
            new[] { "MÖTESANTECKNINGAR", "", "Rådet", "", "Datum: 2026-03-04", "", "1 Uppföljning" }.Concat(body).Select(l => new TextLine(l)).ToList(), "text")]));

    [Theory]
    [InlineData("Karin Lund tar fram en checklista för trygg hemgång tillsammans med Per Ek.", "Karin Lund")]
    [InlineData("Sekreteraren sammanställer synpunkterna och skickar dem till avdelningen.", "Sekreteraren")]
    [InlineData("Hedda Lundell ska boka studiebesöket på närsjukhuset.", "Hedda Lundell")]
    [InlineData("Gruppen beslutade att ta fram en gemensam rutin för utskrivning på helger.", "Gruppen")]
    [InlineData("Rådet gav äldreenheten i uppdrag att undersöka digitalt deltagande.", "Äldreenheten")]
    [InlineData("Under överläggningen gav beredningen förvaltningen i uppdrag att utreda saken.", "Förvaltningen")]
    [InlineData("I Flemingsberg ordnar Sanna Ali en informationsträff om vaccinationer.", "Sanna Ali")]
    [InlineData("Till nästa möte tar Elin Sandberg fram uppgifter om läkemedelsgenomgångar.", "Elin Sandberg")]
    [InlineData("Till nästa sammanträde redovisar hälso- och sjukvårdsförvaltningen väntetiderna.", "Hälso- och sjukvårdsförvaltningen")]
    [InlineData("Därefter sammanställer förvaltningen synpunkterna.", "Förvaltningen")]
    public void A_named_actors_task_is_an_action_owned_by_the_actor(string sentence, string owner)
    {
        var action = Assert.Single(Parse(sentence).ActionItems);

        Assert.Equal(owner, action.Owner);
    }

    [Theory]
    [InlineData("Karin Lund berättade att hemtjänsten har börjat samarbeta med vårdcentralerna.")]
    [InlineData("Nämndsekreteraren presenterar förslaget till sammanträdesdagar för hösten 2026.")]
    [InlineData("Förvaltningen ska göra")]
    [InlineData("Sammanställningen ska vara klar i april.")]
    [InlineData("Förvaltningen ska göra externa granskningar av aktörerna.")]
    public void Telling_narrating_and_states_are_no_actions(string sentence) =>
        Assert.Empty(Parse(sentence).ActionItems);

    [Fact]
    public void A_matter_taken_up_as_its_own_item_at_the_next_meeting_is_due_then()
    {
        var action = Assert.Single(Parse("Frågan om nattlig tillsyn tas upp som en egen punkt vid nästa möte.").ActionItems);

        Assert.Equal((null, "next-meeting"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_passive_sentence_after_a_commitment_gives_its_due_to_one_item()
    {
        var action = Assert.Single(Parse("Henrik Dahl återkommer med en skriftlig redovisning. Redovisningen skickas till ledamöterna i maj.").ActionItems);

        Assert.Equal(("Henrik Dahl", "2026-05"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_deadline_in_the_sentence_before_a_request_is_its_due()
    {
        var action = Assert.Single(Parse("Senast den 7 april behöver sekreteraren ha alla nomineringar. Rådets organisationer ombeds därför nominera en representant.").ActionItems);

        Assert.Equal(("Rådets organisationer", "2026-04-07"), (action.Owner, action.Due));
    }

    [Fact]
    public void The_administrations_present_tense_with_a_month_is_due_that_month_though_a_participle_reads_like_past_tense()
    {
        var action = Assert.Single(Parse("Förvaltningen skickar ett utkast till den reviderade riktlinjen till ledamöterna i april.").ActionItems);

        Assert.Equal(("Förvaltningen", "2026-04"), (action.Owner, action.Due));
    }

    [Fact]
    public void During_the_spring_in_spring_is_this_spring()
    {
        var action = Assert.Single(Parse("Fråga: Kan regionen göra något?", "Svar: Storsthlm lyfter frågan i sin dialog med trafikförvaltningen under våren.").ActionItems);

        Assert.Equal(("Storsthlm", "2026-Q1"), (action.Owner, action.Due));
    }
}
