using Minutes.Model;

namespace Minutes.Tests.Parsing;

/// <summary>
/// Conventions of a project's steering group minutes: a running meeting number, "Dragning:" under the heading, the
/// group's decisions in the past tense, a closing summary of decisions and tasks with an item column, owners written as
/// a first name and the surname's initial.
/// </summary>
public class ProjectMinutesConventionTests
{
    private static Meeting Parse(params string[] body) => ParsedLines.Parse([
        "Minnesanteckningar", "", "Styrgruppen för Team Väst – samverkansprojekt", "", "Möte nr:        7/2027", "Datum:          onsdag 20 januari 2027", "",
        "Närvarande", "Namn                 Organisation        Roll",
        "Marie Ting           Region Kronoberg    områdeschef nära vård, ordförande",
        "Martin Ekv           Region Kronoberg    projektledare",
        "Annelie Duv          Växjö kommun        medicinskt ansvarig sjuksköterska", "",
        .. body]);

    [Fact]
    public void A_meeting_number_label_ends_the_title_and_a_role_column_names_the_chair()
    {
        var meeting = Parse("1  Öppnande", "", "Mötet öppnades.");

        Assert.Equal(("Styrgruppen för Team Väst – samverkansprojekt", "Marie Ting"), (meeting.Title, meeting.Chair));
    }

    [Fact]
    public void A_dragning_label_under_the_heading_names_the_presenter_and_the_group_deciding_in_the_past_is_a_decision()
    {
        var item = Parse("1  Projektplan", "   Dragning: Martin Ekv", "", "Styrgruppen fastställde projektplanen för 2027.").AgendaItems[0];

        Assert.Equal(["Martin Ekv"], item.Presenters);
        Assert.Single(item.Decisions);
    }

    [Fact]
    public void Finishing_something_by_the_next_meeting_is_a_task()
    {
        var action = Assert.Single(Parse("1  Avtal", "", "Annelie Duv och Martin Ekv slutför avtalsförslaget till nästa styrgruppsmöte.").ActionItems);

        Assert.Equal(("Annelie Duv och Martin Ekv", "next-meeting"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_closing_summary_is_no_part_of_the_last_item_and_its_table_files_tasks_under_the_item_column()
    {
        var meeting = Parse("1  Avtal", "", "Avtalet diskuterades.", "", "2  Ekonomi", "", "Ekonomin redovisades.", "", "",
            "Beslut och åtaganden från mötet", "", "Beslut", "7:1  Projektplanen för 2027 fastställs (punkt 1).", "",
            "Åtaganden", "Nr  | Pkt | Vad                                | Vem              | När",
            "----+-----+------------------------------------+------------------+----------",
            "7:3 | 1   | Slutföra förslaget till avtal om   | Annelie D.,      | nästa möte",
            "    |     | journalåtkomst                     | Martin E.        |",
            "7:4 | 2   | Revidera budgeten                  | Martin E.        | 5/2");

        Assert.Empty(meeting.AgendaItems[1].Decisions);
        Assert.Equal(
            [("1", "Slutföra förslaget till avtal om journalåtkomst", "Annelie Duv och Martin Ekv"), ("2", "Revidera budgeten", "Martin Ekv")],
            meeting.ActionItems.Select(a => (a.AgendaItemNumber, a.Text, a.Owner)));
    }
}
