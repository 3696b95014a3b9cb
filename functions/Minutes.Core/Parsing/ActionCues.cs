using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// Commitments in an item's text. A sentence with a firm cue ("återkommer", "ombeds", "får i uppdrag", "tar med sig",
/// "sänds ut", "kontaktas" …) is an action wherever it stands; a softer one ("ses över", "undersöks", "följs upp")
/// only in the reply to a question or input from the floor, where it answers for something, or with a deadline; a
/// named actor's plain "skickar", "ska ta fram" … with a date or in a reply. Questions themselves are not commitments.
/// Who owns one: <see cref="ActionOwner"/>.
/// </summary>
public static partial class ActionCues
{
    public static List<ActionItem> Read(ItemReader.Read item, string meetingId, DateOnly? meetingDate, IReadOnlyList<string> people)
    {
        var actions = new List<ActionItem>();
        void Add(string text, string? owner, string? due) => actions.Add(new ActionItem
        {
            Id = MeetingIds.ActionItem(meetingId, item.Item.Number, actions.Count + 1),
            AgendaItemNumber = item.Item.Number,
            Text = text,
            Owner = owner,
            Due = due,
        });
        var paragraphs = item.Paragraphs;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            // A question or input is no commitment; but where a scan lost the blank line after it, a later sentence
            // with a firm cue and a named actor ("Johan Ekström får i uppdrag …") is the minutes going on.
            var asked = QuestionBlock.Kind(paragraphs[p].Text) is not null;
            var answer = QuestionBlock.IsAnswer(paragraphs, p);
            var paragraph = QuestionBlock.WithoutAnswerLabel(paragraphs[p].Text);
            // "Fråga: … ? Svar: …" on one line: the reply is read as a reply.
            if (asked && QuestionBlock.InlineAnswerOf(paragraphs[p].Text) is { } reply) (paragraph, asked, answer) = (reply, false, true);
            // "… Ansvarig: X. Klart: maj 2025" says it all; what comes before it is read for cues as usual. So does a
            // follow-up bullet "Sammanställa remissvaren – Förvaltningen, 14 november".
            var labelled = LabelledAction.Read(paragraph, meetingDate)
                           ?? (paragraphs[p].IsBullet ? LabelledAction.ReadDashed(paragraph, meetingDate) : null);
            var sentences = Sentences.Split(labelled?.Before ?? paragraph);
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                if (sentence.EndsWith('?')) continue;
                var firm = Firm().Match(sentence);
                // "Beslutet skickas till: …" is a distribution list, not a task.
                if (firm.Success && sentence.AsSpan(firm.Index + firm.Length).TrimStart().StartsWith(":")) firm = Match.Empty;
                if (asked && (s == 0 || !firm.Success || !ActionOwner.IsNamed(sentence, firm))) continue;
                // A softer cue answers for something in a reply, or anywhere when it comes with a deadline.
                // A person named as doing it ("Jessica Alm undersöker om …") is given it, too.
                var soft = Soft().Match(sentence);
                var due0 = DueDates.Read(sentence, meetingDate);
                var ahead = due0 is not null && !PastTense().IsMatch(sentence);
                if (!answer && (!soft.Success || !ahead && !ActionOwner.IsPerson(sentence, soft, people))) soft = Match.Empty;
                // "Jakob Lindman skickar … senast i juni": a named actor doing something by a time to come commits to it;
                // "… där medlemmar under hösten besökte …" tells when something was done.
                if (!firm.Success && !soft.Success && (answer || ahead)
                    && Deadline().Match(sentence) is { Success: true } d && ActionOwner.IsNamed(sentence, d)
                    && !(due0 is not null && due0.Contains("-Q") && Narrating().IsMatch(d.Value)))
                    soft = d;
                // "Förvaltningen ska ta fram …": a named actor's plain promise.
                if (!firm.Success && !soft.Success && Promise().Match(sentence) is { Success: true } promise && ActionOwner.IsNamed(sentence, promise))
                    soft = promise;
                // Reported speech: "Petra berättar att förvaltningen till hösten ska följa upp …" is the administration's.
                var reported = ReportedPromise(sentence);
                var reportedActor = reported.Success && !PastTense().IsMatch(reported.Groups["rest"].Value)
                    ? ActionOwner.Capitalised(reported.Groups["actor"].Value) : null;
                // The match itself marks the commitment; its owner is the reported actor, not read off the cue.
                if (!firm.Success && !soft.Success && reportedActor is not null) soft = reported;
                if (firm.Success && reported.Success && firm.Index < reported.Groups["cue"].Index) reportedActor = null;
                // "Karin Lund tar fram …", "I Flemingsberg ordnar Sanna Ali …", "Gruppen beslutade att ta fram …".
                var task = !firm.Success && !soft.Success && reportedActor is null ? ActorTask.Read(sentence, ahead ? due0 : null, people) : null;
                if (task is not null) soft = task.Cue;
                if (!firm.Success && !soft.Success) continue;
                // "Förvaltningen återkommer." says little alone: the sentence before says what about.
                var text = sentence.Split(' ').Length <= 5 && s > 0 ? sentences[s - 1] + " " + sentence : sentence;
                var cue = firm.Success ? firm : soft;
                var owner = reportedActor ?? task?.Owner ?? ActionOwner.Of(sentence, cue, paragraphs[p].Text, item.Item.Presenters, people);
                var due = DueDates.Read(text, meetingDate);
                // "… får i uppdrag att ta fram ett förslag. Förslaget redovisas vid nästa möte.": the next sentence, with
                // no commitment of its own, says when.
                // A passive of its own ("Redovisningen skickas till ledamöterna i maj") carries the same task on: one item, not two halves.
                if (due is null && s + 1 < sentences.Count && !Soft().IsMatch(sentences[s + 1])
                    && (Firm().Match(sentences[s + 1]) is not { Success: true } then || ActionOwner.IsPassive(then) && !then.Value.StartsWith("ombeds", StringComparison.OrdinalIgnoreCase))
                    && DueDates.Read(sentences[s + 1], meetingDate) is { } later)
                {
                    text += " " + sentences[s + 1];
                    due = later;
                    s++;
                }
                // "Senast den 7 november behöver sekreteraren ha alla nomineringar. Rådets organisationer ombeds därför …":
                // a deadline in the sentence before, which commits no one itself.
                if (due is null && s > 0 && !text.StartsWith(sentences[s - 1], StringComparison.Ordinal) && !Firm().IsMatch(sentences[s - 1])
                    && !Soft().IsMatch(sentences[s - 1]) && DueDates.ByLatest(sentences[s - 1], meetingDate) is { } before)
                {
                    text = sentences[s - 1] + " " + text;
                    due = before;
                }
                Add(text, owner, due);
            }
            if (labelled is not null) Add(labelled.Text, labelled.Owner is { } o ? ActionOwner.Person(o, people) ?? o : null, labelled.Due);
        }
        return actions;
    }

    [GeneratedRegex($@"\b({Vocabulary.FirmCommitments})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Firm();

    [GeneratedRegex($@"\b({Vocabulary.DeadlineVerbs})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    // "… berättar att förvaltningen (till hösten) ska följa upp / undersöker / ser över …"
    // … and a decision's clause: "Beredningen beslutar … att förvaltningen ska komplettera yttrandet …".
    // "… berättar att förvaltningen …": the first verb of telling, then the first clause after it; two scans, not
    // ".*?" between, so a long sentence of such verbs costs linear time.
    private static Match ReportedPromise(string sentence) =>
        Reporting().Match(sentence) is { Success: true } verb ? PromiseClause().Match(sentence, verb.Index + verb.Length) : Match.Empty;

    [GeneratedRegex($@"\b(?:{Vocabulary.ReportingVerbs})\s", RegexOptions.IgnoreCase)]
    private static partial Regex Reporting();

    [GeneratedRegex($@"\batt (?<actor>{Vocabulary.ReportingBodies}|{Vocabulary.RoleHolders})\b(?<rest>[^.]{{0,40}}?)\b(?<cue>{Vocabulary.ReportedPromises})\b", RegexOptions.IgnoreCase)]
    private static partial Regex PromiseClause();

    // What the meeting is told ("presenterar förslaget … för hösten") rather than promised.
    [GeneratedRegex($@"^({Vocabulary.NarratingVerbs})$", RegexOptions.IgnoreCase)]
    private static partial Regex Narrating();

    // Past tense: "besökte", "redovisade", "fanns", "var", "hade", "gjorde"; not a participle after an article ("den reviderade riktlinjen").
    [GeneratedRegex(@"(?<!\b(?:den|det|de|en|ett|sin|sitt|sina)\s)\b(?:var|hade|gjorde|fanns|blev|\p{L}{3,}(?:ade|dde|tte|kte|pte|ste))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastTense();

    [GeneratedRegex($@"\bska\s+(?:{Vocabulary.PromisedInfinitives})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Promise();

    [GeneratedRegex($@"\b({Vocabulary.SoftCommitments})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Soft();

}
