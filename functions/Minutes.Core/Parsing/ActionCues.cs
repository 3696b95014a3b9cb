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
        // "… senast den 18 december. (Punkt 2)": the tag stays on the action, which is filed under that item later.
        var tag = "";
        void Add(string text, string? owner, string? due) => actions.Add(new ActionItem
        {
            Id = MeetingIds.ActionItem(meetingId, item.Item.Number, actions.Count + 1),
            AgendaItemNumber = item.Item.Number,
            Text = text + tag,
            Owner = owner,
            Due = due,
        });
        var paragraphs = item.Paragraphs;
        var tasksListed = false;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            // A question or input is no commitment; but where a scan lost the blank line after it, a later sentence
            // with a firm cue and a named actor ("Johan Ekström får i uppdrag …") is the minutes going on.
            var asked = QuestionBlock.Kind(paragraphs[p].Text) is not null;
            var answer = QuestionBlock.IsAnswer(paragraphs, p);
            (var paragraph, tag) = ItemTag.Split(Decisions.WithoutLabel(QuestionBlock.WithoutAnswerLabel(paragraphs[p].Text)));
            // "Fråga: … ? Svar: …" on one line: the reply is read as a reply.
            if (asked && QuestionBlock.InlineAnswerOf(paragraphs[p].Text) is { } reply) (paragraph, asked, answer) = (reply, false, true);
            // "… Ansvarig: X. Klart: maj 2025" says it all; what comes before it is read for cues as usual. So does a
            // follow-up bullet "Sammanställa remissvaren – Förvaltningen, 14 november".
            var labelled = LabelledAction.Read(paragraph, meetingDate)
                           ?? (paragraphs[p].IsBullet ? LabelledAction.ReadDashed(paragraph, meetingDate) : null);
            // "Uppdrag till sekretariatet: bjud in …": the label names the owner of the whole paragraph.
            if (labelled is null && !asked && CommissionLabel.Read(paragraph, meetingDate) is { } commission)
            {
                Add(commission.Text, commission.Owner, commission.Due);
                continue;
            }
            // "5. Till nästa möte" over "- Ida: statistik över …": each bullet is its person's, due at the next meeting.
            if (!paragraphs[p].IsBullet) tasksListed = NextMeetingTasks.IsHeading(paragraph);
            if (labelled is null && (tasksListed || NextMeetingTasks.IsHeading(item.Item.Title))
                && NextMeetingTasks.Read(paragraphs[p], meetingDate, people) is { } brought)
            {
                Add(brought.Text, brought.Owner, brought.Due);
                continue;
            }
            // "Action: Mona skickar ut … Deadline: 10 mars": the label makes it an action, whatever its verb.
            if (labelled is null && !asked && ActionLabel.Read(paragraph, meetingDate, people) is { } task)
            {
                Add(task.Text, task.Owner, task.Due);
                continue;
            }
            var sentences = AttClauses.Split(Sentences.Split(labelled?.Before ?? paragraph));
            // "Pensionärsorganisationerna lämnar … senast den 15 januari. Solveig Wikander samordnar svaren.": a sentence an
            // earlier commitment took is no context for the next.
            var untaken = 0;
            for (var s = 0; s < sentences.Count; s++)
            {
                if (Commitment(sentences[s], s == 0, asked, answer, meetingDate, people) is not { } found || IsAsked(sentences[s], found.Cue) || IsDenied(sentences[s], found.Cue)) continue;
                // A decision's clause "att ordföranden och vice ordföranden formulerar …, som skickas …" names its doer.
                var owner = found.Owner ?? AttClauses.Subject(sentences[s])
                            ?? ActionOwner.Of(sentences[s], found.Cue, paragraphs[p].Text, item.Item.Presenters, people);
                var (text, due, last) = CommitmentDue.Around(sentences, s, meetingDate, people, untaken);
                if (last + 1 < sentences.Count && ResponsibleAfter.Read(sentences[last + 1], people) is { } responsible)
                    (text, owner, last) = (text + " " + sentences[last + 1], responsible, last + 1);
                Add(text, owner, due);
                s = last;
                untaken = last + 1;
            }
            if (labelled is not null) Add(labelled.Text, labelled.Owner is { } o ? ActionOwner.Person(o, people) ?? o : null, labelled.Due);
        }
        return actions;
    }

    /// <summary>The cue that makes a sentence a commitment, and its owner when the rule that found it knows them.</summary>
    private sealed record Found(Match Cue, string? Owner);

    /// <summary>
    /// A sentence commits someone by a firm cue; else by a softer one where it answers for something (<see cref="SoftCue"/>);
    /// else as reported speech ("Petra berättar att förvaltningen till hösten ska följa upp …" is the administration's);
    /// else as a named actor's task (<see cref="ActorTask"/>). A question does not, nor does a sentence of a question
    /// block unless it has a firm cue with a named actor after the first sentence.
    /// </summary>
    private static Found? Commitment(string sentence, bool first, bool asked, bool answer, DateOnly? meetingDate, IReadOnlyList<string> people)
    {
        if (sentence.EndsWith('?')) return null;
        var firm = FirmCue(sentence);
        // "… svarade att vårdcentralen då kontaktar hemtjänsten": what is done as a rule is no commitment.
        if (firm.Success && (Habitual().IsMatch(sentence[..firm.Index]) || ServiceRoutine.Is(sentence, firm))) firm = Match.Empty;
        // "… fanns fyra frågor att återkomma till:": matters to come back to, no one's promise.
        if (firm.Success && MattersToReturnTo().IsMatch(sentence[..firm.Index])) firm = Match.Empty;
        // A matter put on the next agenda ("Frågan … tas upp som egen punkt på nästa möte") is the meeting's own decision,
        // not the asker's words, even where a scan lost the blank line that set it apart.
        if (asked && (first || !firm.Success || (!ActionOwner.IsNamed(sentence, firm, people) && !NextAgenda().IsMatch(firm.Value)))) return null;
        // A week ("redovisar den för gruppen vecka 42") is a time to come, but no task's deadline the way a date is:
        // "Regionen håller möte med ministern i vecka 25" is the region's calendar, told to the meeting.
        var due = DueDates.Read(sentence, meetingDate) is { } read && !DueDates.IsWeek(read) ? read : null;
        var ahead = (due is not null || Week().IsMatch(sentence)) && !PastTense().IsMatch(sentence);
        var reported = ReportedPromise(sentence);
        var reportedActor = reported.Success && !PastTense().IsMatch(reported.Groups["rest"].Value)
            ? ActionOwner.Capitalised(reported.Groups["actor"].Value) : null;
        // A firm cue before the reported clause is the sentence's own: its owner is read off the cue.
        if (firm.Success) return new Found(firm, reported.Success && firm.Index < reported.Groups["cue"].Index ? null : reportedActor);
        if (SoftCue(sentence, answer, due, ahead, people) is { Success: true } soft) return new Found(soft, reportedActor);
        // The reported clause itself marks the commitment; its owner is the reported actor, not read off the cue.
        if (reportedActor is not null) return new Found(reported, reportedActor);
        // "Förvaltningen ska senast den 30 april lämna …": a deadline before the verb.
        if (DatedPromise.Read(sentence) is { } dated) return new Found(dated.Cue, dated.Owner);
        // "Karin Lund tar fram …", "I Flemingsberg ordnar Sanna Ali …", "Gruppen beslutade att ta fram …".
        if (ActorTask.Read(sentence, ahead ? due : null, people) is { } task) return new Found(task.Cue, task.Owner);
        // "Utfallet redovisas vid nästa möte": a delivery with no actor.
        return DeliveredPassive.Read(sentence, ahead ? due : null) is { Success: true } delivered ? new Found(delivered, null) : null;
    }

    [GeneratedRegex(@"\b(?:vecka|v\.)\s?\d{1,2}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Week();

    [GeneratedRegex($@"^(?:{Vocabulary.NextAgendaCues})$", RegexOptions.IgnoreCase)]
    private static partial Regex NextAgenda();

    [GeneratedRegex(@"\b(?:då|alltid|oftast|normalt|vanligtvis|i regel)\s+$")]
    private static partial Regex Habitual();

    [GeneratedRegex(@"\b(?:frågor|frågorna|punkter|punkterna|saker|ärenden)\s+att\s+$")]
    private static partial Regex MattersToReturnTo();

    /// <summary>"X frågar om handlingarna kan skickas ut …": the cue stands in what is asked, so it commits no one.</summary>
    private static bool IsAsked(string sentence, Match cue) =>
        Asking().Match(sentence) is { Success: true } asking && asking.Index < cue.Index;

    /// <summary>"Förvaltningen föreslår inga neddragningar …", "… skickar inte ut …": the verb denied commits no one.</summary>
    private static bool IsDenied(string sentence, Match cue) =>
        Denial().IsMatch(sentence.AsSpan(cue.Index + cue.Length));

    // "… skickar inte bara ut inbjudan utan även …" commits all the same.
    [GeneratedRegex(@"^\s+(?:inte(?!\s+bara\b)|inga|ingen|inget|aldrig)\b")]
    private static partial Regex Denial();

    [GeneratedRegex($@"\b(?:{Vocabulary.AskingVerbs})\s+(?:om|ifall|varför|hur|när|vad|vem|vilken|vilket|vilka)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Asking();

    /// <summary>A firm cue; "Beslutet skickas till: …" is a distribution list, not a task.</summary>
    internal static Match FirmCue(string sentence)
    {
        var firm = Firm().Match(sentence);
        return firm.Success && sentence.AsSpan(firm.Index + firm.Length).TrimStart().StartsWith(":") ? Match.Empty : firm;
    }

    /// <summary>
    /// A softer cue ("ses över", "undersöks") answers for something in a reply, or anywhere with a deadline, or where a
    /// person is named as doing it ("Jessica Alm undersöker om …"). Failing that, a named actor doing something by a
    /// time to come ("Jakob Lindman skickar … senast i juni"; not "… där medlemmar under hösten besökte …", nor what
    /// the meeting is told of a season), or a named actor's plain promise ("Förvaltningen ska ta fram …").
    /// </summary>
    private static Match SoftCue(string sentence, bool answer, string? due, bool ahead, IReadOnlyList<string> people)
    {
        var soft = Soft().Match(sentence);
        if (soft.Success && (answer || ahead || ActionOwner.IsPerson(sentence, soft, people))) return soft;
        if ((answer || ahead) && Deadline().Match(sentence) is { Success: true } d
            && (ActionOwner.IsNamed(sentence, d, people) || ahead && ActionOwner.IsEveryone(sentence, d)
                // A decision's clause "att arbetsgruppen skickar förslaget … senast vecka 42" names its doer.
                || AttClauses.Subject(sentence) is not null)
            && !(due is not null && DueDates.IsSeason(due) && Narrating().IsMatch(d.Value)))
            return d;
        return Promise().Match(sentence) is { Success: true } promise && ActionOwner.IsNamed(sentence, promise, people) ? promise : Match.Empty;
    }

    internal static bool HasSoftCue(string sentence) => Soft().IsMatch(sentence);

    [GeneratedRegex($@"\b({Vocabulary.FirmCommitments}|{Vocabulary.MoreFirmCommitments})\b", RegexOptions.IgnoreCase)]
    internal static partial Regex Firm();

    [GeneratedRegex($@"\b({Vocabulary.DeadlineVerbs})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    // "… berättar att förvaltningen (till hösten) ska följa upp / undersöker / ser över …"
    // … and a decision's clause: "Beredningen beslutar … att förvaltningen ska komplettera yttrandet …".
    // "… berättar att förvaltningen …": the first verb of telling, then the first clause after it; two scans, not
    // ".*?" between, so a long sentence of such verbs costs linear time.
    // A decision's att-clause read on its own ("att förvaltningen ska komplettera …", <see cref="AttClauses"/>) is
    // such a clause from its start.
    private static Match ReportedPromise(string sentence) =>
        Reporting().Match(sentence) is { Success: true } verb ? PromiseClause().Match(sentence, verb.Index + verb.Length)
        : sentence.StartsWith("att ", StringComparison.Ordinal) ? PromiseClause().Match(sentence) : Match.Empty;

    [GeneratedRegex($@"\b(?:{Vocabulary.ReportingVerbs})\s", RegexOptions.IgnoreCase)]
    private static partial Regex Reporting();

    [GeneratedRegex($@"\batt (?<actor>{Vocabulary.ReportingBodies}|{Vocabulary.RoleHolders})\b(?<rest>[^.]{{0,40}}?)\b(?<cue>{Vocabulary.ReportedPromises})\b", RegexOptions.IgnoreCase)]
    private static partial Regex PromiseClause();

    // What the meeting is told ("presenterar förslaget … för hösten") rather than promised.
    [GeneratedRegex($@"^({Vocabulary.NarratingVerbs})$", RegexOptions.IgnoreCase)]
    private static partial Regex Narrating();

    // Past tense: "besökte", "redovisade", "fanns", "var", "hade", "gjorde"; not a participle after an article ("den reviderade riktlinjen"),
    // nor a decision on what is to come ("Rådet beslutade att … ska följas upp under hösten").
    [GeneratedRegex(@"(?<!\b(?:den|det|de|en|ett|sin|sitt|sina)\s)\b(?!(?:beslutade|bestämde|enades)\s+(?:om\s+)?att\b)(?:var|hade|gjorde|fanns|blev|\p{L}{3,}(?:ade|dde|tte|kte|pte|ste))\b", RegexOptions.IgnoreCase)]
    private static partial Regex PastTense();

    // "ska ta fram", or in the future tense "kommer att skicka ut".
    [GeneratedRegex($@"\b(?:ska|skall|kommer att)\s+(?:{Vocabulary.PromisedInfinitives})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Promise();

    [GeneratedRegex($@"\b({Vocabulary.SoftCommitments})\b", RegexOptions.IgnoreCase)]
    private static partial Regex Soft();

}
