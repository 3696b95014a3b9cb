using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

public class AttClausesTests
{
    [Fact]
    public void A_decisions_att_clauses_are_read_one_by_one() =>
        Assert.Equal(["Nämnden beslutar att notera rapporten", "att uppdra åt kansliet att boka lokal", "att bjuda in Anna Ek till mötet i maj."],
            AttClauses.Split(["Nämnden beslutar att notera rapporten, att uppdra åt kansliet att boka lokal, samt att bjuda in Anna Ek till mötet i maj."]));

    [Fact]
    public void A_commission_takes_its_due_from_its_own_clause_not_a_neighbours_date()
    {
        var action = Assert.Single(ActionsOf.Item2(
            "Rådet beslutar att uppdra åt kansliet att till mötet i oktober sammanställa väntetiderna, samt att bjuda in kliniken till mötet den 8 september."));
        Assert.Equal(("Kansliet", "2026-10"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_sentence_without_a_decision_is_not_split() =>
        Assert.Single(AttClauses.Split(["Hon berättade att köerna minskat, att fler ringer och att väntan är kort."]));
}

public class AttClauseSubjectTests
{
    [Fact]
    public void Role_holders_before_a_present_tense_verb_are_the_clauses_subject() =>
        Assert.Equal("Ordföranden och vice ordföranden", AttClauses.Subject("att ordföranden och vice ordföranden skriver svaret, som lämnas senast den 2 maj."));

    [Fact]
    public void An_infinitive_clause_has_no_subject() => Assert.Null(AttClauses.Subject("att bjuda in kliniken till mötet i maj."));

    [Fact]
    public void A_decisions_bullet_with_a_passive_delivery_is_owned_by_the_clauses_subject()
    {
        var action = Assert.Single(ActionsOf.Item2("Rådet beslutar", "- att notera informationen,", "- att sekreteraren och ordföranden skriver ett svar, som skickas till nämnden senast den 2 maj."));
        Assert.Equal(("Sekreteraren och ordföranden", "2026-05-02"), (action.Owner, action.Due));
    }
}
