using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>Where a commitment's due stands when its own sentence has none: the next sentence, or a deadline before.</summary>
public class CommitmentDueTests
{
    private static readonly DateOnly Meeting = new(2025, 10, 2);

    [Fact]
    public void A_next_sentence_that_commits_no_one_says_when_and_joins_the_item()
    {
        string[] sentences = ["Förvaltningen får i uppdrag att ta fram ett förslag.", "Förslaget redovisas vid nästa möte."];

        var (text, due, last) = CommitmentDue.Around(sentences, 0, Meeting, []);

        Assert.Equal("next-meeting", due);
        Assert.Equal(string.Join(" ", sentences), text);
        Assert.Equal(1, last);
    }

    [Fact]
    public void A_passive_next_sentence_carries_the_same_task_on() =>
        Assert.NotNull(CommitmentDue.InNextSentence(
            ["Sekreteraren sammanställer redovisningen.", "Redovisningen skickas till ledamöterna i november."], 0, Meeting, []));

    [Fact]
    public void A_request_of_its_own_in_the_next_sentence_is_another_item() =>
        Assert.Null(CommitmentDue.InNextSentence(
            ["Förvaltningen återkommer i frågan.", "Ledamöterna ombeds lämna synpunkter senast den 1 november."], 0, Meeting, []));

    [Fact]
    public void A_named_actors_task_in_the_next_sentence_is_another_item() =>
        Assert.Null(CommitmentDue.InNextSentence(
            ["Rådet beslutade att ta fram en skrivelse om färdtjänsten.", "Förvaltningen redovisar kostnaderna till nästa möte."], 0, Meeting, []));

    [Fact]
    public void A_matter_put_on_the_next_agenda_is_another_item() =>
        Assert.Null(CommitmentDue.InNextSentence(
            ["Sekreteraren skickar ut enkäten till ledamöterna.", "Frågan om parkeringen tas upp som en egen punkt vid nästa möte."], 0, Meeting, []));

    [Fact]
    public void A_deadline_in_the_sentence_before_that_commits_no_one_is_the_due()
    {
        string[] sentences = ["Senast den 7 november behöver sekreteraren ha alla nomineringar.", "Rådets organisationer ombeds därför nominera ledamöter."];

        var (text, due, last) = CommitmentDue.Around(sentences, 1, Meeting, []);

        Assert.Equal("2025-11-07", due);
        Assert.StartsWith("Senast den 7 november", text);
        Assert.Equal(1, last);
    }

    [Fact]
    public void A_short_sentence_takes_the_one_before_as_what_it_is_about()
    {
        var (text, _, _) = CommitmentDue.Around(["Frågan om färdtjänst diskuterades.", "Förvaltningen återkommer."], 1, Meeting, []);

        Assert.Equal("Frågan om färdtjänst diskuterades. Förvaltningen återkommer.", text);
    }
}
