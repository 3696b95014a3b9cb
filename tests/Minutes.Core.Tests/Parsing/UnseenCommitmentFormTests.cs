using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>
/// Commitment forms found missing on unseen minutes: a matter made an item of its own at the next meeting, a body
/// deciding to work something out, a person working with another, the administration's or a role holder's present
/// tense by a time to come, an event held on a day to come, a delivery in the passive, a commission in the past tense.
/// </summary>
public class UnseenCommitmentFormTests
{
    private static Meeting Parse(params string[] body) =>
        MinutesParser.Parse(new DocumentText([new TextPage(1,
            new[] { "MÖTESANTECKNINGAR", "", "Rådet", "", "Datum: 2026-03-04", "", "1 Uppföljning" }.Concat(body).Select(l => new TextLine(l)).ToList(), "text")]));

    [Theory]
    [InlineData("Frågan om parkering vid sjukhuset förs upp som en egen punkt på dagordningen till nästa möte.")]
    [InlineData("Hemtjänstens bemanning blir en egen punkt vid nästa träff.")]
    [InlineData("Tillgängligheten till tandvården behandlas som ett eget ärende vid nästa sammanträde.")]
    public void A_matter_made_its_own_item_at_the_next_meeting_is_an_action_due_then_with_no_owner(string sentence)
    {
        var action = Assert.Single(Parse(sentence).ActionItems);

        Assert.Null(action.Owner);
        Assert.Equal("next-meeting", action.Due);
    }

    [Fact]
    public void An_own_item_at_a_past_meeting_is_no_action() =>
        Assert.Empty(Parse("Tandvården var en egen punkt på dagordningen vid förra mötet.").ActionItems);

    [Theory]
    [InlineData("Arbetsgruppen beslutade att arbeta fram en broschyr om fallprevention.", "Arbetsgruppen")]
    [InlineData("Rådet beslutade att utarbeta ett yttrande om färdtjänsten.", "Rådet")]
    [InlineData("Nätverket beslutade att utforma en gemensam blankett.", "Nätverket")]
    public void A_body_deciding_to_work_something_out_owns_the_action(string sentence, string owner) =>
        Assert.Equal(owner, Assert.Single(Parse(sentence).ActionItems).Owner);

    [Theory]
    [InlineData("Lena Ström skriver remissvaret tillsammans med Omar Said.", "Lena Ström")]
    [InlineData("Pia Berg utformar enkäten ihop med Jonas Lind.", "Pia Berg")]
    [InlineData("Pia Berg reviderar folderns text i samarbete med Jonas Lind.", "Pia Berg")]
    public void A_person_working_with_another_owns_the_action(string sentence, string owner) =>
        Assert.Equal(owner, Assert.Single(Parse(sentence).ActionItems).Owner);

    [Theory]
    [InlineData("Lena Ström presenterar tillsammans med Omar Said resultatet av enkäten.")]
    [InlineData("Lena Ström har tillsammans med Omar Said besökt boendet.")]
    public void Telling_or_having_done_something_with_another_is_no_action(string sentence) =>
        Assert.Empty(Parse(sentence).ActionItems);

    [Fact]
    public void Joint_work_takes_its_due_from_the_next_sentence()
    {
        var action = Assert.Single(Parse("Lena Ström skriver remissvaret tillsammans med Omar Said. Texten ska vara klar till nästa möte.").ActionItems);

        Assert.Equal("next-meeting", action.Due);
        Assert.EndsWith("till nästa möte.", action.Text);
    }

    [Fact]
    public void Joint_work_after_a_decision_is_an_action_of_its_own()
    {
        var actions = Parse("Gruppen beslutade att ta fram en rutin för hemgång. Lena Ström skriver rutinen tillsammans med Omar Said.").ActionItems;

        Assert.Equal(["Gruppen", "Lena Ström"], actions.Select(a => a.Owner));
    }

    [Theory]
    [InlineData("Förvaltningen kompletterar underlaget senast den 20 mars.", "Förvaltningen", "2026-03-20")]
    [InlineData("Kanslisekreteraren bokar lokalerna för höstens möten under april.", "Kanslisekreteraren", "2026-04")]
    [InlineData("Stadsdelsförvaltningen uppdaterar listan över träffpunkter i maj.", "Stadsdelsförvaltningen", "2026-05")]
    public void The_administrations_or_a_role_holders_present_tense_with_a_time_to_come_is_an_action(string sentence, string owner, string due)
    {
        var action = Assert.Single(Parse(sentence).ActionItems);

        Assert.Equal(owner, action.Owner);
        Assert.Equal(due, action.Due);
    }

    [Theory]
    [InlineData("Förvaltningen har fått besked om budgeten i april.")]
    [InlineData("Nämnden fattar beslut om budgeten den 10 december.")]
    [InlineData("Förvaltningen kompletterar underlaget under hösten.")]
    [InlineData("Förvaltningen informerar om att mottagningen öppnar den 1 april.")]
    [InlineData("Förvaltningen kompletterade underlaget i februari.")]
    public void The_administrations_states_seasons_telling_and_past_are_no_actions(string sentence) =>
        Assert.Empty(Parse(sentence).ActionItems);

    [Fact]
    public void An_event_held_on_a_day_to_come_is_an_action_of_its_host()
    {
        var action = Assert.Single(Parse("I Vårby håller Maja Ek en träff om fallprevention den 14 april.").ActionItems);

        Assert.Equal("Maja Ek", action.Owner);
        Assert.Equal("2026-04-14", action.Due);
    }

    [Fact]
    public void Holding_something_at_the_meeting_itself_is_no_action() =>
        Assert.Empty(Parse("Under mötet håller Maja Ek en kort dragning om fallprevention.").ActionItems);

    [Fact]
    public void A_delivery_in_the_passive_with_a_time_to_come_is_an_action_with_no_owner()
    {
        var action = Assert.Single(Parse("Ledamöterna ville se siffror per mottagning. Väntetiderna per mottagning redovisas vid nästa möte.").ActionItems);

        Assert.Null(action.Owner);
        Assert.Equal("next-meeting", action.Due);
        Assert.StartsWith("Väntetiderna", action.Text);
    }

    [Theory]
    [InlineData("Väntetiderna redovisas två gånger per år.")]
    [InlineData("Väntetiderna redovisades i februari.")]
    public void A_delivery_in_the_passive_without_a_time_to_come_is_no_action(string sentence) =>
        Assert.Empty(Parse(sentence).ActionItems);

    [Fact]
    public void A_delivery_in_the_passive_after_a_task_only_dates_that_task()
    {
        var action = Assert.Single(Parse("Karin Lund tar fram siffrorna för länet. Siffrorna presenteras i maj.").ActionItems);

        Assert.Equal("Karin Lund", action.Owner);
        Assert.Equal("2026-05", action.Due);
    }

    [Fact]
    public void A_commission_in_the_past_tense_with_the_giver_between_goes_to_the_receiver_with_the_next_sentences_due()
    {
        var action = Assert.Single(Parse("Efter diskussionen uppdrog rådet åt förvaltningen att kartlägga väntetiderna. Kartläggningen ska redovisas i juni.").ActionItems);

        Assert.Equal("Förvaltningen", action.Owner);
        Assert.Equal("2026-06", action.Due);
    }
}
