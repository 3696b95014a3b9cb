using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>
/// A working group's short note: one heading line that gives the forum, the kind and the day; who came in a run-on
/// sentence by "från"; who kept the notes in a sentence; "Punkt N" items with "Ansvarig: … Klart: v. 12" under bullets.
/// </summary>
public class GroupNoteConventionTests
{
    private static readonly string[] Note =
    [
        "Arbetsgruppen för hemgång i Solby, anteckningar 2027-03-09", "",
        "Närvarande: Ida Berg och Per Ek från Region Solby, Eva", "Lund från Solby kommun samt Bo Holm från PRO Solby. Eva Lund förde anteckningarna.", "",
        "Punkt 1  Broschyren", "", "Bo Holm har läst utkastet. Gruppen godkände broschyren med ändringarna.", "",
        "  • Beställa tryck av broschyren.", "    Ansvarig: Eva Lund     Klart: v. 12", "",
    ];

    [Fact]
    public void The_kind_and_day_after_the_forum_are_no_part_of_the_title()
    {
        var meeting = ParsedLines.Parse(Note);
        Assert.Equal(("Arbetsgruppen för hemgång i Solby", new DateOnly(2027, 3, 9)), (meeting.Title, meeting.Date));
    }

    [Fact]
    public void Each_name_takes_the_organisation_after_from_of_its_group() =>
        Assert.Equal(
            [new("Ida Berg", "Region Solby"), new("Per Ek", "Region Solby"), new("Eva Lund", "Solby kommun"), new Attendee("Bo Holm", "PRO Solby")],
            ParsedLines.Parse(Note).Attendees);

    [Fact]
    public void A_sentence_after_the_list_is_no_group() =>
        Assert.Equal([("Region Solby", "Ida Berg och Per Ek"), ("PRO Solby", "Bo Holm")],
            FromGroups.Split("Ida Berg och Per Ek från Region Solby samt Bo Holm från PRO Solby. Eva Lund förde anteckningarna."));

    [Theory]
    [InlineData("Ida Berg och Per Ek från Region Solby, Bo Holm")]
    [InlineData("Ida Berg från det nya projektet som startade i våras")]
    [InlineData("Anna Berg berättade om besöken från hemtjänsten")]
    public void A_list_with_names_left_over_or_no_organisation_after_from_is_not_read_this_way(string text) =>
        Assert.Null(FromGroups.Split(text));

    [Theory]
    [InlineData("Eva Lund förde anteckningarna.", "Eva Lund")]
    [InlineData("Mötet avslutades. Per-Olof Ek skrev dagens minnesanteckningar.", "Per-Olof Ek")]
    public void Who_kept_the_notes_may_be_told_in_a_sentence(string sentence, string name) =>
        Assert.Equal(name, MinuteTakerSentence.Find([new SourceLine(sentence, 1, false)]));

    [Fact]
    public void The_secretary_is_read_from_the_sentence_that_says_who_kept_the_notes() =>
        Assert.Equal("Eva Lund", ParsedLines.Parse(Note).Secretary);

    [Fact]
    public void The_groups_own_approval_in_the_past_tense_is_a_decision() =>
        Assert.Equal(["Gruppen godkände broschyren med ändringarna."], ParsedLines.Parse(Note).AgendaItems[0].Decisions);

    [Fact]
    public void A_week_written_v_dot_under_a_bullet_is_the_tasks_due()
    {
        var action = Assert.Single(ParsedLines.Parse(Note).ActionItems);
        Assert.Equal(("Eva Lund", "2027-W12"), (action.Owner, action.Due));
    }
}
