using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>Commitments in a council's minutes written in forms seen on unseen minutes (set 13q).</summary>
public class CouncilCommitmentFormTests
{
    private static IReadOnlyList<Minutes.Model.ActionItem> Actions(params string[] body) => ParsedLines.Parse(
    [
        "Regionala pensionärsrådet i Solby", "Minnesanteckningar", "", "Datum: 2026-11-19", "",
        "Närvarande", "Anna Berg, ordförande", "Sara Nyhlén, tandvårdsstrateg", "Annika Sundblad, upphandlare", "",
        "1. Dagens ärende", "", .. body,
    ]).ActionItems;

    [Fact]
    public void An_adverb_between_a_task_verb_and_its_particle_keeps_the_task()
    {
        var actions = Actions("Förvaltningen kommer att skicka numret till hemtjänsten. Annika Sundblad tar också upp leveransproblemen med leverantören i maj.");
        Assert.Equal([("Förvaltningen", null), ("Annika Sundblad", "2027-05")], actions.Select(a => (a.Owner, a.Due)));
    }

    [Theory]
    [InlineData("Nämnden kommer att se över om avgiften kan tas bort.", "Nämnden")]
    [InlineData("Vårdcentralerna kommer att införa möjlighet att bli uppringd under hela dagen.", "Vårdcentralerna")]
    public void A_body_that_will_review_or_introduce_something_is_committed(string sentence, string owner) =>
        Assert.Equal(owner, Assert.Single(Actions(sentence)).Owner);

    [Fact]
    public void Registering_by_a_deadline_is_a_task_of_those_who_register()
    {
        var action = Assert.Single(Actions("Rådet beslutade att varje organisation utser en representant. Organisationerna anmäler sina representanter till sekreteraren senast den 15 december."));
        Assert.Equal(("Organisationerna", "2026-12-15"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_short_sentence_naming_who_answers_for_the_task_gives_its_owner()
    {
        var action = Assert.Single(Actions("Informationsbladet ses över under våren. Sara Nyhlén ansvarar."));
        Assert.Equal(("Sara Nyhlén", "2027-Q1"), (action.Owner, action.Due));
    }

    [Fact]
    public void Listed_meeting_days_may_carry_their_place_after_a_comma()
    {
        var meeting = ParsedLines.Parse("Regionala pensionärsrådet i Solby", "Minnesanteckningar", "", "Datum: 2026-11-19", "",
            "1. Mötestider 2027", "", "Rådet beslutade att sammanträda följande dagar under 2027, samtliga", "kl. 13.30–16.00:", "",
            "   • torsdag 18 februari, Regionhuset i Solby", "   • torsdag 22 april, Rådhuset i Norrby");
        Assert.Equal([(new DateOnly(2027, 2, 18), new TimeOnly(13, 30)), (new DateOnly(2027, 4, 22), new TimeOnly(13, 30))],
            meeting.ScheduledMeetings.Select(m => (m.Date, m.StartTime!.Value)));
    }

    [Fact]
    public void A_body_given_a_commission_in_the_passive_owns_it_even_as_a_compound_pair()
    {
        var action = Assert.Single(Actions("Beslut", "Hälso- och sjukvårdsförvaltningen ges i uppdrag att till beredningens sammanträde den 2 december 2026 redovisa samordningen."));
        Assert.Equal(("Hälso- och sjukvårdsförvaltningen", "2026-12-02"), (action.Owner, action.Due));
    }

    [Fact]
    public void Two_people_working_on_something_together_share_the_task() =>
        Assert.Equal("Sara Nyhlén och Annika Sundblad",
            Assert.Single(Actions("Sara Nyhlén och Annika Sundblad går igenom de längsta väntetiderna tillsammans och redovisar orsakerna.")).Owner);
}
