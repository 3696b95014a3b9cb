using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// Commitments in an item's text. A sentence with a firm cue ("återkommer", "ombeds", "får i uppdrag", "tar med sig",
/// "sänds ut", "kontaktas" …) is an action wherever it stands; a softer one ("ses över", "undersöks", "följs upp")
/// only in the reply to a question or input from the floor, where it answers for something, or with a deadline. Questions themselves
/// are not commitments. The owner is who acts: the subject of an active sentence, else the person speaking, else
/// the item's presenter.
/// </summary>
public static partial class ActionCues
{
    public static List<ActionItem> Read(ItemReader.Read item, string meetingId, DateOnly? meetingDate, IReadOnlyList<string> people)
    {
        var actions = new List<ActionItem>();
        var paragraphs = item.Paragraphs;
        for (var p = 0; p < paragraphs.Count; p++)
        {
            // A question or input is no commitment; but where a scan lost the blank line after it, a later sentence
            // with a firm cue and a named actor ("Johan Ekström får i uppdrag …") is the minutes going on.
            var asked = QuestionBlock.Kind(paragraphs[p].Text) is not null;
            var answer = QuestionBlock.IsAnswer(paragraphs, p);
            var paragraph = QuestionBlock.WithoutAnswerLabel(paragraphs[p].Text);
            // "… Ansvarig: X. Klart: maj 2025" says it all; what comes before it is read for cues as usual.
            var labelled = LabelledAction.Read(paragraph, meetingDate);
            var sentences = Sentences.Split(labelled?.Before ?? paragraph);
            for (var s = 0; s < sentences.Count; s++)
            {
                var sentence = sentences[s];
                if (sentence.EndsWith('?')) continue;
                var firm = Firm().Match(sentence);
                if (asked && (s == 0 || !firm.Success || !NamedActor(sentence, firm))) continue;
                // A softer cue answers for something in a reply, or anywhere when it comes with a deadline.
                var soft = Soft().Match(sentence);
                var due0 = DueDates.Read(sentence, meetingDate);
                if (!answer && (!soft.Success || due0 is null)) soft = Match.Empty;
                // "Jakob Lindman skickar … senast i juni": a named actor doing something by a day, a month or the next meeting
        // commits to it ("under hösten" more often tells when something was done).
                if (!firm.Success && !soft.Success && (answer || due0 is not null && !due0.Contains("-Q"))
                    && Deadline().Match(sentence) is { Success: true } d && NamedActor(sentence, d))
                    soft = d;
                // "Förvaltningen ska ta fram …": a named actor's plain promise.
                if (!firm.Success && !soft.Success && Promise().Match(sentence) is { Success: true } promise && NamedActor(sentence, promise))
                    soft = promise;
                if (!firm.Success && !soft.Success) continue;
                // "Förvaltningen återkommer." says little alone: the sentence before says what about.
                var text = sentence.Split(' ').Length <= 5 && s > 0 ? sentences[s - 1] + " " + sentence : sentence;
                var cue = firm.Success ? firm : soft;
                var owner = Owner(sentence, cue, paragraphs[p].Text, item.Item.Presenters, people);
                var due = DueDates.Read(text, meetingDate);
                // "… får i uppdrag att ta fram ett förslag. Förslaget redovisas vid nästa möte.": the next sentence, with
                // no commitment of its own, says when.
                if (due is null && s + 1 < sentences.Count && !Firm().IsMatch(sentences[s + 1]) && !Soft().IsMatch(sentences[s + 1])
                    && DueDates.Read(sentences[s + 1], meetingDate) is { } later)
                {
                    text += " " + sentences[s + 1];
                    due = later;
                }
                actions.Add(new ActionItem
                {
                    Id = MeetingIds.ActionItem(meetingId, item.Item.Number, actions.Count + 1),
                    AgendaItemNumber = item.Item.Number,
                    Text = text,
                    Owner = owner,
                    Due = due,
                });
            }
            if (labelled is not null)
                actions.Add(new ActionItem
                {
                    Id = MeetingIds.ActionItem(meetingId, item.Item.Number, actions.Count + 1),
                    AgendaItemNumber = item.Item.Number,
                    Text = labelled.Text,
                    Owner = labelled.Owner is { } o ? Person(o, people) ?? o : null,
                    Due = labelled.Due,
                });
        }
        return actions;
    }

    private static string? Owner(string sentence, Match cue, string paragraph, IReadOnlyList<string> presenters, IReadOnlyList<string> people)
    {
        // "… uppdra åt sekreteraren att …": the one given the task.
        if (cue.Groups["to"].Success) return Person(cue.Groups["to"].Value, people) ?? Capitalised(cue.Groups["to"].Value);
        var passive = Passive().IsMatch(cue.Value);
        // "Sekreteraren sammanställer … ett yttrande som sänds ut …": the passive is the thing's; the subject acts.
        if (passive && SomClause().IsMatch(sentence[..cue.Index]) && Subject().Match(sentence) is { Success: true } doer
            && !NotActors.Contains(doer.Groups[1].Value) && !Passive().IsMatch(sentence[doer.Length..].TrimStart()))
            return Person(doer.Groups[1].Value, people) ?? doer.Groups[1].Value;
        if (!passive || cue.Value.StartsWith("ombeds"))
        {
            // "Johan Ekström får i uppdrag …", "Rådets organisationer ombeds …": a short subject right before the verb.
            var head = Auxiliary().Replace(sentence[..cue.Index].Trim(), "");
            var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (ActorPhrase(words) && !head.Any(c => c is ',' or ':'))
                return Person(head, people) ?? head;

            // "… och förvaltningen återkommer …": the actor stands right before the verb.
            var before = ActorBefore().Match(sentence[..cue.Index]);
            if (before.Success && cue.Index > 0 && before.Index > 0)
            {
                var word = before.Groups[1].Value;
                return Person(word, people) ?? char.ToUpperInvariant(word[0]) + word[1..];
            }
            var subject = Subject().Match(sentence);
            if (subject.Success && !NotActors.Contains(subject.Groups[1].Value))
                return Person(subject.Groups[1].Value, people) ?? subject.Groups[1].Value;
        }
        // "… tas fram av sekretariatet och skickas ut …": the agent of the passive.
        if (passive && Agent().Match(sentence) is { Success: true } agent && !NotActors.Contains(Capitalised(agent.Groups[1].Value)))
            return Person(agent.Groups[1].Value, people) ?? Capitalised(agent.Groups[1].Value);
        var speaker = Speaker().Match(sentence) is { Success: true } m ? m : Speaker().Match(paragraph);
        if (speaker.Success)
        {
            var name = speaker.Groups["a"].Success ? speaker.Groups["a"].Value : speaker.Groups["b"].Value;
            return Person(name, people) ?? name;
        }
        return presenters.FirstOrDefault();
    }

    /// <summary>"Petri" → "Petri Salonen" when one person of the meeting has that first name.</summary>
    private static string? Person(string name, IReadOnlyList<string> people)
    {
        if (name.Contains(' ')) return people.FirstOrDefault(p => p.StartsWith(name, StringComparison.Ordinal)) ?? name;
        var matches = people.Where(p => p.Split(' ')[0] == name).Distinct().ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    private static bool NamedActor(string sentence, Match cue)
    {
        var words = Auxiliary().Replace(sentence[..cue.Index].Trim(), "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.All(w => char.IsUpper(w[0])) && ActorPhrase(words);
    }

    // "Förvaltningen", "Johan Ekström", "SPF Seniorerna", "Rådets organisationer"; not "Nästa vecka", "I mars".
    private static bool ActorPhrase(string[] words) =>
        words.Length is >= 1 and <= 3 && char.IsUpper(words[0][0]) && !NotActors.Contains(words[0])
        && (words.Length == 1 || words.All(w => char.IsUpper(w[0])) || words.Length == 2 && words[0].EndsWith('s'));

    private static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static readonly HashSet<string> NotActors =
    [
        "Det", "Den", "Detta", "Dessa", "Vi", "Man", "Om", "Även", "Kopplat", "Angående", "När", "I", "På", "Under", "Efter",
        "Med", "Inom", "Enligt", "Frågan", "Här", "Sedan", "Nu", "Då", "Till", "Som", "Vad", "Hur", "Utifrån", "Vid", "För",
        "Inför", "Också", "Eventuellt", "Därför", "Därmed", "Att", "Alla", "Flera", "Många",
    ];

    [GeneratedRegex(@"\b(återkommer|återkomma|ombeds|får i uppdrag|ges i uppdrag|tar med sig|tar med (?:frågan|synpunkten|inspelet|detta)|åtar sig|ska se till att|sänds ut|skickas ut|sänder ut|skickar ut|sänds till|skickas till|kontaktas|kontaktar|bjuds in|återrapporteras|läggs till i|läggs till på dagordningen|(?:uppdra|uppdrar|uppdras)\s+åt\s+(?<to>\p{L}+)|tas upp vid nästa|lyfts vid nästa|följs upp vid nästa)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Firm();

    [GeneratedRegex(@"\b(skickar|sänder|presenterar|redovisar|tar fram|lämnar|återkopplar)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Deadline();

    [GeneratedRegex(@"\bska\s+(?:ta fram|återkomma|undersöka|utreda|skicka|sammanställa)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Promise();

    [GeneratedRegex(@"\bav\s+(\p{Ll}+(?:en|et|na)|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\b")]
    private static partial Regex Agent();

    [GeneratedRegex(@"\ssom\s+$")]
    private static partial Regex SomClause();

    [GeneratedRegex(@"\s+(?:ska|skall|kommer att)$")]
    private static partial Regex Auxiliary();

    [GeneratedRegex(@"\b(ses över|ser över|undersöks|undersöker|följs upp|följer upp|utreds|utreder|tittar på|ska se över)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Soft();

    [GeneratedRegex(@"^(ombeds|ges i|sänds|skickas|kontaktas|bjuds|återrapporteras|läggs|tas upp|lyfts|följs|ses|undersöks|utreds)", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    [GeneratedRegex(@"^((?:\p{Lu}[\p{Ll}]+)(?:\s\p{Lu}[\p{Ll}]+){0,2}|[A-ZÅÄÖ]{2,6})\b")]
    private static partial Regex Subject();

    [GeneratedRegex(@"(?<a>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})\s+(?:berättar|menar|svarar|tillägger|informerar|säger|förklarar|belyser|anser)|(?:berättar|menar|svarar|tillägger|säger)\s+(?<b>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)")]
    private static partial Regex Speaker();

    // A definite-form noun (förvaltningen, rådet, projektet, pensionärsrådet) or a capitalised name just before the verb.
    [GeneratedRegex(@"\b(\p{Ll}+(?:en|et|rådet|na)|\p{Lu}\p{Ll}+)\s+(?:ska\s+|kommer att\s+)?$")]
    private static partial Regex ActorBefore();
}
