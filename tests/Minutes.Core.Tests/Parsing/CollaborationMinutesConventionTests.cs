using Minutes.Model;

namespace Minutes.Tests.Parsing;

/// <summary>
/// Minutes of a collaboration group of region, municipalities and pensioners' organisations: people beside their
/// organisation in a left column, groups apart by blank lines; tasks as bullets with "Ansvarig:" under them.
/// </summary>
public class CollaborationMinutesConventionTests
{
    private static Meeting Parse(params string[] body) => ParsedLines.Parse(
    [
        "Minnesanteckningar", "Samverkansgruppen i Solby", "", "Datum: 2027-03-11", "", "Deltagare", "",
        "Region Solby              Anna Berg, hälso- och sjukvårdsdirektör, ordförande",
        "                          Nils Ek, utvecklingsledare, sekreterare", "",
        "Norrby kommun             Eva Lund, förvaltningschef vård och omsorg",
        "Västby kommun             Per Holm, medicinskt ansvarig sjuksköterska, via Teams", "",
        "PRO Solby                 Gun Ask, Lars Bo", "", "",
        .. body,
    ]);

    [Fact]
    public void A_long_row_of_an_organisation_and_a_person_after_a_blank_line_is_no_prose_that_ends_the_list() =>
        Assert.Equal([("Eva Lund", "Norrby kommun"), ("Per Holm", "Västby kommun"), ("Gun Ask", "PRO Solby"), ("Lars Bo", "PRO Solby")],
            Parse("1  Mötets öppnande", "", "Mötet öppnades.").Attendees.Skip(2).Select(a => (a.Name, a.Organization)));

    [Fact]
    public void A_workplace_after_a_persons_role_is_no_person_of_its_own()
    {
        var meeting = ParsedLines.Parse("Minnesanteckningar", "Dialogmöte i Solby", "", "Datum: 2027-03-11", "", "Närvarande", "",
            "Region Solby", "Anna Berg, regionråd, ordförande", "Nils Ek, verksamhetschef akutkliniken, Norrby sjukhus", "",
            "1. Mötet öppnas", "", "Mötet öppnades.");

        Assert.Equal([("Anna Berg", "Region Solby"), ("Nils Ek", "Region Solby")], meeting.Attendees.Select(a => (a.Name, a.Organization)));
    }

    [Fact]
    public void A_group_that_backs_a_proposal_decides() =>
        Assert.Equal(["Samverkansgruppen ställde sig bakom förslaget till rutin, som nu går vidare för beslut."],
            Parse("1  Rutin för läkemedel", "", "Samverkansgruppen ställde sig bakom förslaget till rutin, som nu går vidare för beslut.")
                .AgendaItems[0].Decisions);

    [Fact]
    public void An_owner_labelled_under_a_bullet_owns_the_bullets_task()
    {
        var meeting = Parse("1  Trygghetslarm", "", "Åtgärder:", "  •  Förvaltningen tar fram en kort folder om larmbytet på",
            "     svenska och finska.", "     Ansvarig: Eva Lund", "  •  PRO Solby sprider informationen under januari.", "     Ansvarig: Gun Ask");

        Assert.Equal([("Eva Lund", (string?)null), ("Gun Ask", "2028-01")], meeting.ActionItems.Select(a => (a.Owner, a.Due)));
    }

    [Theory]
    [InlineData("Nils Ek lägger ut frågorna och svaren på regionens webbplats tillsammans med anteckningarna.", "Nils Ek")]
    [InlineData("Per Holm kommer att skicka ut den nya rutinen till gruppens ledamöter efter mötet.", "Per Holm")]
    [InlineData("Eva Lund slutför kartläggningen och redovisar den för gruppen vecka 42.", "Eva Lund")]
    public void A_named_persons_task_in_the_present_or_future_tense_is_an_action(string sentence, string owner) =>
        Assert.Equal([owner], Parse("1  Övriga frågor", "", sentence).ActionItems.Select(a => a.Owner));
}
