using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>Conventions of unseen minutes (sets 13zf and on, and forms of commitment a secretary writes as often), each in the general form the parser reads.</summary>
public class UnseenSet13zfConventionTests
{
    private static Meeting Notes(params string[] body) => ParsedLines.Parse(
    [
        "Pensionärsrådet i Solby", "Anteckningar", "", "Datum: 2026-10-12", "",
        "Närvarande", "Anna Berg, Region Solby", "Bo Ek, PRO Solby", "",
        .. body,
    ]);

    private static ActionItem OnlyAction(string sentence) => Assert.Single(Notes("1. Trygghetsboende", "", sentence).ActionItems);

    [Theory]
    [InlineData("Förvaltningen har fått i uppdrag att utreda frågan till mars.", "Förvaltningen", "2027-03")]
    [InlineData("Förvaltningen uppdras att ta fram en plan till våren.", "Förvaltningen", "2027-Q1")]
    [InlineData("Det uppdrogs åt Bo Ek att kartlägga behovet.", "Bo Ek", null)]
    public void A_commission_in_the_perfect_or_the_passive_is_the_commissioned_ones_action(string sentence, string owner, string? due)
    {
        var action = OnlyAction(sentence);
        Assert.Equal((owner, due), (action.Owner, action.Due));
    }

    [Fact]
    public void A_role_holder_who_sees_to_something_takes_it_on() =>
        Assert.Equal("Sekreteraren", OnlyAction("Sekreteraren ombesörjer att protokollet publiceras på hemsidan.").Owner);

    [Theory]
    [InlineData("Socialförvaltningen ska senast i november lämna en rapport.", "2026-11")]
    [InlineData("Socialförvaltningen ska senast under våren lämna en rapport.", "2027-Q1")]
    public void A_deadline_in_a_month_or_season_between_ska_and_the_verb_makes_a_dated_promise(string sentence, string due)
    {
        var action = OnlyAction(sentence);
        Assert.Equal(("Socialförvaltningen", due), (action.Owner, action.Due));
    }

    [Fact]
    public void A_dated_promise_after_a_commission_is_an_action_of_its_own()
    {
        var actions = Notes("1. Trygghetsboende", "", "Det uppdrogs åt Bo Ek att kartlägga behovet. Socialförvaltningen ska senast i november lämna en rapport.").ActionItems;
        Assert.Equal(["Bo Ek", "Socialförvaltningen"], actions.Select(a => a.Owner));
        Assert.Null(actions[0].Due);
    }

    [Theory]
    [InlineData("Frågan lyfts på nästa möte.")]
    [InlineData("Ärendet återkommer på rådets nästa möte.")]
    public void A_matter_raised_again_at_the_next_meeting_is_an_action_no_one_owns(string sentence)
    {
        var action = OnlyAction(sentence);
        Assert.Equal((null, "next-meeting"), (action.Owner, action.Due));
    }
}
