using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// A commitment's text and due, read from its sentence and those around it. A short sentence ("Förvaltningen
/// återkommer.") says little alone: the sentence before says what about. A due not in the commitment may stand in the
/// next sentence or, as a deadline, in the one before.
/// </summary>
public static partial class CommitmentDue
{
    /// <returns>The commitment's text, its due, and the last sentence it took in.</returns>
    /// <param name="people">The meeting's people: a next sentence whose actors are two of them by first name is a task of its own.</param>
    /// <param name="first">The first sentence no earlier commitment took in: one before it is another item's, not this one's context.</param>
    public static (string Text, string? Due, int Last) Around(IReadOnlyList<string> sentences, int s, DateOnly? meetingDate, IReadOnlyList<string> people, int first = 0)
    {
        var sentence = sentences[s];
        var text = sentence.Split(' ').Length <= 5 && s > first ? sentences[s - 1] + " " + sentence : sentence;
        var due = DueDates.Read(text, meetingDate);
        // "Frågan tas upp som egen punkt på nästa möte. Petra Lindhé bjuder in … till det mötet.": the meeting the sentence
        // before named.
        if (due is null && s > 0 && ThatMeeting().IsMatch(sentence)) due = DueDates.Read(sentences[s - 1], meetingDate);
        if (due is null && InNextSentence(sentences, s, meetingDate, people) is { } later) return (text + " " + sentences[s + 1], later, s + 1);
        // A sentence before that is already part of the text is no other sentence's deadline.
        if (due is null && s > first && !text.StartsWith(sentences[s - 1], StringComparison.Ordinal)
            && InSentenceBefore(sentences, s, meetingDate) is { } before)
            return (sentences[s - 1] + " " + text, before, s);
        return (text, due, s);
    }

    /// <summary>
    /// "… får i uppdrag att ta fram ett förslag. Förslaget redovisas vid nästa möte.": the next sentence, with no
    /// commitment of its own, says when. A passive of its own ("Redovisningen skickas till ledamöterna i maj") carries
    /// the same task on: one item, not two halves. A request of its own ("ombeds") is another item, and so is a named
    /// actor's task of its own ("Förvaltningen redovisar … till nästa möte", "Socialförvaltningen ska senast i november
    /// lämna …"), which a scan may have run into the paragraph, and a matter put on the next agenda ("Frågan om … tas upp
    /// som en egen punkt vid nästa möte"). The task's result followed up ("Resultatet följs upp under våren 2027") is no
    /// other task: it says when this one is due.
    /// </summary>
    public static string? InNextSentence(IReadOnlyList<string> sentences, int s, DateOnly? meetingDate, IReadOnlyList<string> people)
    {
        if (s + 1 >= sentences.Count) return null;
        var next = sentences[s + 1];
        var due = DueDates.Read(next, meetingDate);
        // "… svarade att frågan utreds tillsammans med sjukhusapoteket. Hon återkommer med besked till nästa möte.": the
        // same person goes on, and the second sentence says when.
        if (Pronoun().IsMatch(next)) return due;
        return (!ActionCues.HasSoftCue(next) || ResultFollowedUp().IsMatch(next)) && ActorTask.Read(next, due, people) is null && DatedPromise.Read(next) is null && !NextAgenda().IsMatch(next)
               && (ActionCues.Firm().Match(next) is not { Success: true } then
                   || ActionOwner.IsPassive(then) && !then.Value.StartsWith("omb", StringComparison.OrdinalIgnoreCase))
            ? due : null;
    }

    /// <summary>
    /// "Senast den 7 november behöver sekreteraren ha alla nomineringar. Rådets organisationer ombeds därför …": a
    /// deadline ("senast …") in the sentence before, which commits no one itself.
    /// </summary>
    public static string? InSentenceBefore(IReadOnlyList<string> sentences, int s, DateOnly? meetingDate)
    {
        if (s == 0) return null;
        var before = sentences[s - 1];
        return !ActionCues.Firm().IsMatch(before) && !ActionCues.HasSoftCue(before) ? DueDates.ByLatest(before, meetingDate) : null;
    }

    [GeneratedRegex(@"^(?:Hon|Han|Hen)\s+(?:ska\s+|kommer att\s+)?\p{Ll}+r\b")]
    private static partial Regex Pronoun();

    [GeneratedRegex(@"^(?:Resultatet|Utfallet|Arbetet|Uppdraget|Detta|Det)\s+(?:följs upp|ska följas upp|återrapporteras)\b")]
    private static partial Regex ResultFollowedUp();

    [GeneratedRegex($@"\b(?:till|vid|på|inför)\s+(?:det\s+(?:mötet|sammanträdet)|den\s+träffen)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ThatMeeting();

    [GeneratedRegex($@"\b(?:{Vocabulary.NextAgendaCues})\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextAgenda();
}
