using System.Text.RegularExpressions;

namespace Minutes.Parsing;

/// <summary>
/// Who is to act on a commitment: the one a task is given to ("uppdra åt sekreteraren"), the subject of an active
/// sentence ("Johan Ekström får i uppdrag", "Rådets organisationer ombeds"), the agent of a passive ("tas fram av
/// sekretariatet"), else the person speaking, else the item's presenter.
/// </summary>
public static partial class ActionOwner
{
    public static string? Of(string sentence, Match cue, string paragraph, IReadOnlyList<string> presenters, IReadOnlyList<string> people)
    {
        // "… uppdra åt sekreteraren att …": the one given the task.
        if (cue.Groups["to"].Success) return Receiver(cue.Groups["to"].Value, people);
        var passive = Passive().IsMatch(cue.Value);
        if (passive && DoerBesidePassive(sentence, cue, people) is { } doer) return doer;
        // "Rådets organisationer ombeds …", "Hälso- och sjukvårdsförvaltningen ges i uppdrag …": the subject is asked.
        if ((!passive || cue.Value.StartsWith("omb") || cue.Value.StartsWith("ges i")) && SubjectOfActive(sentence, cue, people) is { } subject) return subject;
        if (passive && AgentOfPassive(sentence, people) is { } agent) return agent;
        if (SpokenBy(sentence, paragraph, people) is { } speaker) return speaker;
        // A bare passive ("Presentationen sänds ut med anteckningarna") names no one; an active cue without a subject
        // is the presenter's.
        return passive ? null : presenters.FirstOrDefault();
    }

    /// <summary>
    /// The passive may be a thing's while the sentence's subject acts: "Sekreteraren sammanställer … ett yttrande som
    /// sänds ut …", and a person in "Johanna Berglund skickar statistiken …, så att den bifogas när anteckningarna sänds ut".
    /// </summary>
    private static string? DoerBesidePassive(string sentence, Match cue, IReadOnlyList<string> people)
    {
        if (PairOfPeople(sentence, people) is { } pair) return pair;
        if (Subject().Match(sentence) is not { Success: true } doer || Passive().IsMatch(sentence[doer.Length..].TrimStart())) return null;
        var name = doer.Groups[1].Value;
        var person = name.Contains(' ') && Names.Leading(name) == name && cue.Index > doer.Length;
        return person || SomClause().IsMatch(sentence[..cue.Index]) && !NotActors.Contains(name) ? Person(name, people) ?? name : null;
    }

    /// <summary>
    /// The subject of an active cue (or of "ombeds"): a short subject right before the verb ("Johan Ekström får i
    /// uppdrag …", "Rådets organisationer ombeds …"); an actor right before it inside the sentence ("… och
    /// förvaltningen återkommer …"); else the sentence's subject.
    /// </summary>
    private static string? SubjectOfActive(string sentence, Match cue, IReadOnlyList<string> people)
    {
        var head = Head(sentence, cue);
        // "Alla ombeds skicka exempel …", "Alla skickar sina synpunkter … senast 16 april": a request to everyone at the
        // meeting is theirs, and "Samtliga organisationer ombeds …" all of those named.
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (IsEveryone(head) || words is [var all, var whom] && IsEveryone(all) && char.IsLower(whom[0])) return head;
        if (ActorPhrase(words) && !head.Any(c => c is ',' or ':') || CompoundPairBody().IsMatch(head))
            return Person(head, people) ?? head;
        if (TwoPeople(head, people) is { } both) return both;
        if (UnitName().IsMatch(head) || TwoBodies(head)) return head;
        var before = ActorBefore().Match(sentence[..cue.Index]);
        if (before.Success && cue.Index > 0 && before.Index > 0)
            return Person(before.Groups[1].Value, people) ?? Capitalised(before.Groups[1].Value);
        if (PairOfPeople(sentence, people) is { } pair) return pair;
        if (UnitSubject().Match(sentence) is { Success: true } unit) return unit.Groups[1].Value;
        var subject = Subject().Match(sentence);
        return subject.Success && !NotActors.Contains(subject.Groups[1].Value) ? Person(subject.Groups[1].Value, people) ?? subject.Groups[1].Value : null;
    }

    /// <summary>"Greta Lund och Ulla Fors utses att …", "Elin och Farid tar fram …": two people, each a full name or an attendee's first name.</summary>
    public static string? TwoPeople(string head, IReadOnlyList<string> people)
    {
        var parts = head.Split(" och ", StringSplitOptions.TrimEntries);
        if (parts.Length != 2) return null;
        // "MB och ES gör ett utkast …": initials name people too; without the meeting's people to resolve them, as printed.
        var named = parts.Select(p => NamedPerson(p, people) ?? (people.Count == 0 && Initials.Look(p) ? p : null)).ToList();
        return named.All(n => n is not null) ? string.Join(" och ", named) : null;
    }

    /// <summary>
    /// "PRO och SPF Seniorerna sprider …", "Kommunen och Regionen …": two bodies, each named by an acronym first or a noun
    /// in the definite form; not two first names ("Sven och Kalle").
    /// </summary>
    // "PRO och SPF", "Förvaltningen och Regionen"; and a body named in full beside one the sentence need not name
    // ("Region Kronoberg och kommunen tar fram …").
    private static bool TwoBodies(string head) =>
        head.Split(" och ") is [var a, var b]
        && Body(a) && (Body(b) || IsOrganisationName(a) && DefiniteBody().IsMatch(Capitalised(b)));

    private static bool Body(string phrase) =>
        phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 1 and <= 3 } w && w.All(x => char.IsUpper(x[0])) && ActorPhrase(w)
        && (w[0].Length >= 2 && w[0].All(char.IsUpper) || w.Length == 1 && DefiniteBody().IsMatch(w[0]) || IsOrganisationName(phrase));

    private static bool IsOrganisationName(string phrase) => phrase.Contains(' ') && Vocabulary.IsOrganisation(phrase);

    [GeneratedRegex(@"^\p{Lu}\p{Ll}{2,}(?:en|et|na)$")]
    private static partial Regex DefiniteBody();

    /// <summary>A person as the text names them: a full name (completed from the meeting's people), or the one attendee with a lone first name; else null.</summary>
    public static string? NamedPerson(string phrase, IReadOnlyList<string> people) =>
        Names.Leading(phrase) == phrase ? Person(phrase, people) ?? phrase : !phrase.Contains(' ') ? Person(phrase, people) ?? Initials.Resolve(phrase, people) : null;

    /// <summary>Names joined by "och", each completed from the meeting's people: "Tomas och Hanna" → "Tomas Wik och Hanna Åström".</summary>
    public static string Each(IEnumerable<string> names, IReadOnlyList<string> people) =>
        string.Join(" och ", names.Select(n => Person(n, people) ?? n));

    /// <summary>"… tas fram av sekretariatet och skickas ut …": the agent of the passive.</summary>
    private static string? AgentOfPassive(string sentence, IReadOnlyList<string> people) =>
        Agent().Match(sentence) is { Success: true } agent && !NotActors.Contains(Capitalised(agent.Groups[1].Value))
            ? Person(agent.Groups[1].Value, people) ?? Capitalised(agent.Groups[1].Value)
            : null;

    /// <summary>Who speaks in the sentence, else in its paragraph: "Anna Berg berättar att …", "… svarar Anna Berg".</summary>
    private static string? SpokenBy(string sentence, string paragraph, IReadOnlyList<string> people)
    {
        var speaker = Speaker().Match(sentence) is { Success: true } m ? m : Speaker().Match(paragraph);
        if (!speaker.Success) return null;
        var name = speaker.Groups["a"].Success ? speaker.Groups["a"].Value : speaker.Groups["b"].Value;
        return Person(name, people) ?? name;
    }

    // "gav beredningen förvaltningen i uppdrag": after a fronted phrase the giver stands first, the receiver last.
    private static string Receiver(string named, IReadOnlyList<string> people)
    {
        if (named.Contains(" och ", StringComparison.Ordinal))
            return Capitalised(Each(named.Split(" och ", StringSplitOptions.TrimEntries), people));
        var words = named.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "tekniska förvaltningen", "kommunala pensionärsrådet": a body named with its adjective is named in full, and so is
        // one named with the body it belongs to ("rådets arbetsutskott").
        var to = words.Length > 1 && Names.Leading(named) != named && !DefiniteAdjectives().IsMatch(named) && !OfBody(words) ? words[^1] : named;
        return Capitalised(Person(to, people) ?? to);
    }

    /// <summary>A cue in the passive ("skickas till", "tas upp", "ombeds"), which names no actor by itself.</summary>
    public static bool IsPassive(Match cue) => Passive().IsMatch(cue.Value);

    /// <summary>"Petri" or "Petri S." → "Petri Salonen" when one person of the meeting has that first name (and initial).</summary>
    public static string? Person(string name, IReadOnlyList<string> people)
    {
        // "Martin E.": a first name and the surname's initial.
        if (SurnameInitial().IsMatch(name))
            return people.Distinct().Where(p => p.StartsWith(name[..^1], StringComparison.Ordinal)).ToList() is [var only] ? only : name;
        if (name.Contains(' ')) return people.FirstOrDefault(p => p.StartsWith(name, StringComparison.Ordinal)) ?? name;
        var matches = people.Where(p => p.Split(' ')[0] == name).Distinct().ToList();
        // "Wallin återkommer": a surname alone is the one person of the meeting who bears it.
        if (matches.Count == 0) matches = people.Where(p => p.Contains(' ') && p.Split(' ')[^1] == name).Distinct().ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>A person of the meeting (or a full name) right before the cue: "Jessica Alm undersöker …".</summary>
    public static bool IsPerson(string sentence, Match cue, IReadOnlyList<string> people)
    {
        var head = Head(sentence, cue);
        // "Sofia kollar om …": a first name alone is a person when one attendee has it.
        return Names.Leading(head) == head && (people.Contains(head) || head.Split(' ').Length >= 2)
               || !head.Contains(' ') && head.Length > 1 && char.IsUpper(head[0]) && Person(head, people) is not null
               || people.Count > 0 && TwoPeople(head, people) is not null;
    }

    /// <summary>"Alla skickar …": everyone at the meeting, right before the cue.</summary>
    public static bool IsEveryone(string sentence, Match cue) => IsEveryone(Head(sentence, cue));

    /// <summary>"Alla", "Samtliga": the word for everyone at the meeting, as an owner.</summary>
    public static bool IsEveryone(string phrase) => phrase is "Alla" or "Samtliga";

    /// <summary>A named actor, capitalised words only, right before the cue: "Förvaltningen ska ta fram …".</summary>
    public static bool IsNamed(string sentence, Match cue, IReadOnlyList<string> people)
    {
        var head = Head(sentence, cue);
        var words = head.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Bertil Hägg och Inga-Lill Nordmark sammanställer …": two people by their full names, or by the first names
        // of two of the meeting's people ("Sanna och Jonatan tar fram …").
        return words.All(w => char.IsUpper(w[0])) && ActorPhrase(words)
               || TwoPeople(head, people) is not null || UnitName().IsMatch(head) || TwoBodies(head) || GroupOfPeople(head) is not null;
    }

    /// <summary>
    /// "en arbetsgrupp med Birgitta Fransson, Inger Holmqvist och Tomas Bengtsson", also as what was decided ("Det
    /// beslutades att en arbetsgrupp med …"): a group set up of people named in full is those people.
    /// </summary>
    public static string? GroupOfPeople(string head) =>
        GroupOf().Match(head) is { Success: true } m && m.Groups["names"].Value.Split([", ", " och "], StringSplitOptions.TrimEntries) is { Length: >= 2 } names
        && names.All(n => Names.Leading(n) == n) ? m.Groups["names"].Value : null;

    [GeneratedRegex(@"(?:^|\batt\s+)(?:en\s+)?(?:arbetsgrupp|grupp|referensgrupp|projektgrupp)\s+(?:med|bestående av)\s+(?<names>[^,]+(?:,\s[^,]+)*\soch\s[^,]+)$")]
    private static partial Regex GroupOf();

    // What stands before the cue, without "ska" or "kommer att"; in a cleft sentence ("På träffpunkten är det Lisbeth
    // som ser till att …") the one it singles out.
    private static string Head(string sentence, Match cue)
    {
        var head = Auxiliary().Replace(sentence[..cue.Index].Trim(), "");
        return Cleft().Match(head) is { Success: true } cleft ? cleft.Groups["actor"].Value : head;
    }

    [GeneratedRegex(@"^\p{Lu}[\p{L}-]+ \p{Lu}\.$")]
    private static partial Regex SurnameInitial();

    [GeneratedRegex(@"\b(?:är|blir|var) det (?<actor>\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) som$")]
    private static partial Regex Cleft();

    // "Förvaltningen", "Johan Ekström", "SPF Seniorerna", "Rådets organisationer", and members of a body in the
    // definite form, "Organisationerna i rådet", "Ledamöterna inom nätverket"; not "Nästa vecka", "I mars".
    private static bool ActorPhrase(string[] words) =>
        words.Length is >= 1 and <= 3 && char.IsUpper(words[0][0]) && !NotActors.Contains(words[0])
        && (words.Length == 1 || words.All(w => char.IsUpper(w[0])) || words.Length == 2 && words[0].EndsWith('s') || MembersOf(words)
            || Vocabulary.IsOrganisation(string.Join(' ', words)));

    private static bool MembersOf(string[] words) =>
        words.Length == 3 && words[1] is "i" or "inom" && words[0].EndsWith("na", StringComparison.Ordinal)
        && (words[2].EndsWith('t') || words[2].EndsWith("en", StringComparison.Ordinal));

    [GeneratedRegex(@"^(?:\p{Ll}+[ae] )+\p{Ll}+(?:en|et|na)$")]
    private static partial Regex DefiniteAdjectives();

    private static bool OfBody(string[] words) =>
        words is [var whose, _] && whose.EndsWith('s') && ForumNouns.Contains(whose[..^1]);

    private static readonly HashSet<string> ForumNouns = [.. Vocabulary.ForumNouns.Split('|')];

    public static string Capitalised(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static readonly HashSet<string> NotActors =
    [
        "Det", "Den", "Detta", "Dessa", "Vi", "Man", "Om", "Även", "Kopplat", "Angående", "När", "I", "På", "Under", "Efter",
        "Med", "Inom", "Enligt", "Frågan", "Frågorna", "Ärendet", "Ärendena", "Punkten", "Saken", "Här", "Sedan", "Nu", "Då", "Till", "Som", "Vad", "Hur", "Utifrån", "Vid", "För",
        "Inför", "Också", "Eventuellt", "Därför", "Därmed", "Därefter", "Först", "Dessutom", "Samtidigt", "Slutligen", "Att", "Alla", "Flera", "Många", "Han", "Hon", "Hen",
    ];

    // "Koncernavdelning data och analys", "Enheten för hälsa och vård": a unit's name, a unit noun then words in lower
    // case, as the subject before the verb.
    private const string Unit = $@"(?=\p{{Lu}})\p{{L}}*?(?i:{Vocabulary.UnitNouns})(?: \p{{Ll}}+(?: och \p{{Ll}}+)?| för \p{{Ll}}+(?:(?:,| och) \p{{Ll}}+)*)";

    [GeneratedRegex($@"^{Unit}$")]
    private static partial Regex UnitName();

    // The same name as the subject of a sentence whose first verb comes later: "Enheten för hälsa och vård tar fram … och
    // återkommer …".
    [GeneratedRegex($@"^({Unit})\s+(?:ska|skall|kommer att|återkommer|{Vocabulary.DeadlineVerbs})\b")]
    private static partial Regex UnitSubject();

    // "Hälso- och sjukvårdsförvaltningen": a body named by a compound pair.
    [GeneratedRegex(@"^\p{Lu}\p{Ll}*-\s(?:och|eller)\s\p{Ll}+(?:en|et|na)$")]
    private static partial Regex CompoundPairBody();

    [GeneratedRegex(@"\bav\s+(\p{Ll}+(?:en|et|na)|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)\b")]
    private static partial Regex Agent();

    [GeneratedRegex(@"\ssom\s+$")]
    private static partial Regex SomClause();

    [GeneratedRegex(@"\s+(?:ska|skall|kommer att)$")]
    private static partial Regex Auxiliary();

    // A passive cue, a delivery in the passive, or a matter made an item of its own ("som en egen punkt vid nästa …").
    [GeneratedRegex($@"^(ombeds|ombads|bordläggs|ges i|sänds|skickas|kontaktas|bjuds|återrapporteras|läggs|tas upp|lyfts|flyttas|följs|ska följas|lämnas|förs|ses|undersöks|utreds|{Vocabulary.DeliveredPassives}|som\s|(?:en|ett)\s+(?:eg(?:en|et)|{Vocabulary.KindedItems})\s|eg(?:en|et)\s)", RegexOptions.IgnoreCase)]
    private static partial Regex Passive();

    // "Gunvor och Stig skriver ett utkast som skickas …": two of the meeting's people as the sentence's subject.
    private static string? PairOfPeople(string sentence, IReadOnlyList<string> people) =>
        PairSubject().Match(sentence) is { Success: true } pair ? TwoPeople(pair.Groups[1].Value, people) : null;

    [GeneratedRegex(@"^(\p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)? och \p{Lu}[\p{L}-]+(?: \p{Lu}[\p{L}-]+)?) \p{Ll}")]
    private static partial Regex PairSubject();

    // "Anna-Karin tar upp …": a first name may be hyphenated.
    [GeneratedRegex(@"^((?:\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?){0,2}|[A-ZÅÄÖ]{2,6})(?![\p{L}-])")]
    private static partial Regex Subject();

    // "Anna Berg berättar …", or the speaker after the verb: "… svarar Anna Berg".
    private const string SpeakerFirst = @"(?<a>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2})\s+(?:berättar|menar|svarar|tillägger|informerar|säger|förklarar|belyser|anser)";
    private const string SpeakerAfter = @"(?:berättar|menar|svarar|tillägger|säger)\s+(?<b>\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?)";

    [GeneratedRegex($"{SpeakerFirst}|{SpeakerAfter}")]
    private static partial Regex Speaker();

    // A definite-form noun (förvaltningen, rådet, projektet, pensionärsrådet), with the first half of a compound pair
    // ("Hälso- och sjukvårdsförvaltningen"), or a capitalised name just before the verb ("… och Anders Wallin återkommer").
    [GeneratedRegex(@"(?<![\p{L}-])((?:\p{L}+-\s(?:och|eller)\s)?\p{Ll}+(?:en|et|rådet|na)|\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)?)\s+(?:ska\s+|kommer att\s+)?$")]
    private static partial Regex ActorBefore();
}
