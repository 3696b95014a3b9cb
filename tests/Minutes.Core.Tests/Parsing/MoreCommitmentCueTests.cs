namespace Minutes.Tests.Parsing;

public class MoreCommitmentCueTests
{
    [Fact]
    public void Reporting_back_to_the_next_meeting_is_a_commitment_of_the_sentences_subject()
    {
        var action = Assert.Single(ActionsOf.Item2("Olle Ryd framför frågan till kollektivtrafiken och rapporterar tillbaka till nästa möte."));
        Assert.Equal(("Olle Ryd", "next-meeting"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_matter_taken_up_again_at_the_next_meeting_is_a_commitment() =>
        Assert.Equal("next-meeting", Assert.Single(ActionsOf.Item2("Frågan om parkeringen tas upp igen vid nästa möte.")).Due);

    [Fact]
    public void Giving_someone_a_task_after_a_decision_verb_makes_them_the_owner()
    {
        var action = Assert.Single(ActionsOf.Item2("Rådet beslöt att ge kansliet i uppdrag att bjuda in audionomerna till mötet i maj."));
        Assert.Equal(("Kansliet", "2026-05"), (action.Owner, action.Due));
    }

    [Theory]
    [InlineData("Greta Holm förmedlar kontakten med audionomen.", "Greta Holm")]
    [InlineData("Ordföranden tar kontakt med kliniken om ett besök.", "Ordföranden")]
    [InlineData("Olle Ryd kontrollerar väntetiderna och meddelar rådet i maj.", "Olle Ryd")]
    public void A_named_actors_present_tense_task_is_a_commitment(string sentence, string owner) =>
        Assert.Equal(owner, Assert.Single(ActionsOf.Item2(sentence)).Owner);

    [Fact]
    public void Before_midsummer_is_due_in_June() =>
        Assert.Equal("2026-06", Assert.Single(ActionsOf.Item2("Greta Holm skickar listan till rådet före midsommar.")).Due);
}
