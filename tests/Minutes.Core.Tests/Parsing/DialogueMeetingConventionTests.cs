using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>
/// Conventions of a clinic's dialogue meeting: an attendee list in two columns side by side, questions sent in
/// beforehand as a lettered list with answers by name, and the organisations' tasks.
/// </summary>
public class DialogueMeetingConventionTests
{
    private static readonly string[] Head =
    [
        "ANTECKNINGAR", "", "Dialogmöte med pensionärsorganisationerna", "", "När:   onsdag 21 april 2027, kl. 14.00–16.00", "", "Närvarande", "",
        "Pensionärsorganisationerna              Region Västerbotten",
        "Sigbritt Öhr, PRO Västerbotten          Malin Deger, verksamhetschef (ordf.)",
        "Kjell Burm, PRO Umeå                    Erik Lejd, överläkare",
        "Astrid Holm, SPF Seniorerna Umeå        Hanna Sten, enhetschef",
        "Margit Sehl, SKPF avd 56 Umeå",
        "Tage Rönn, RPG Västerbotten             Umeå kommun",
        "Lovisa Norr, MAS", "",
    ];

    private static Meeting Parse(params string[] body) => ParsedLines.Parse([.. Head, .. body]);

    [Fact]
    public void A_list_in_two_columns_reads_each_column_under_its_own_headings()
    {
        var meeting = Parse("1. Inledning", "Mötet öppnades.");

        Assert.Equal(
            [("Sigbritt Öhr", "PRO Västerbotten"), ("Kjell Burm", "PRO Umeå"), ("Astrid Holm", "SPF Seniorerna Umeå"), ("Margit Sehl", "SKPF avd 56 Umeå"),
             ("Tage Rönn", "RPG Västerbotten"), ("Malin Deger", "Region Västerbotten"), ("Erik Lejd", "Region Västerbotten"), ("Hanna Sten", "Region Västerbotten"),
             ("Lovisa Norr", "Umeå kommun")],
            meeting.Attendees.Select(a => (a.Name, a.Organization)));
        Assert.Equal("Malin Deger", meeting.Chair);
    }

    [Fact]
    public void A_name_and_organisation_table_is_no_two_column_list() =>
        Assert.Equal(["Anna Berg    PRO Täby", "Bo Ek        SPF Seniorerna", "Cia Lund     Täby kommun"],
            TwoColumnList.Unfold(["Anna Berg    PRO Täby", "Bo Ek        SPF Seniorerna", "Cia Lund     Täby kommun"]));

    [Fact]
    public void Lettered_questions_sent_in_are_questions_and_their_answers_commit_whoever_answers()
    {
        var meeting = Parse("1. Frågor som skickats in", "",
            "a) PRO Umeå: Varför får inte de anhöriga veta något?", "", "   Svar (Erik Lejd): Kliniken ser över hur frågan om samtycke ställs.", "",
            "b) RPG Västerbotten: Kommer kampanjen ”Hur mår du egentligen?” att", "   synas även i Umeå?", "", "   Svar (Malin Deger): Ja.");

        Assert.Equal(2, meeting.AgendaItems[0].Questions.Count);
        Assert.Equal("Kliniken", Assert.Single(meeting.ActionItems).Owner);
    }

    [Fact]
    public void An_organisation_proposing_something_by_a_date_is_a_task_and_matters_to_return_to_are_none()
    {
        var meeting = Parse("1. Återkoppling", "", "Från förra mötet fanns fyra frågor att återkomma till:", "",
            "2. Nästa möte", "", "PRO Umeå föreslår tema för höstens möte senast den 1 september.");

        Assert.Equal(("PRO Umeå", "2027-09-01"), (Assert.Single(meeting.ActionItems).Owner, meeting.ActionItems[0].Due));
    }
}
