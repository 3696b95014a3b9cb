using System.Text.RegularExpressions;
using Minutes.Model;

namespace Minutes.Parsing;

/// <summary>
/// The people present, in printed order, under the group heading they stand under: "PRO: Alf Andersson, …",
/// a heading alone on its line ("Förvaltningen:") with the names below, a label of its own ("Ersättare"), or a
/// Namn/Organisation table. Names wrap over lines: a lone word at either side of a break belongs to its neighbour.
/// </summary>
public static partial class AttendeeBlock
{
    public sealed record Result(IReadOnlyList<Attendee> Attendees, string? Chair, string? Secretary);

    public static Result Read(IReadOnlyList<(string Label, List<string> Lines)> blocks)
    {
        var found = new Found();
        foreach (var (label, all) in blocks)
        {
            // "DEL 1 – FÖRMIDDAG: INFORMATION": a numbered section heading in capitals between the list and the items is no
            // group; a group heading in capitals ("HÄLSO- OCH SJUKVÅRDSFÖRVALTNINGEN") has no number and stays.
            var lines = TwoColumnList.Unfold(all.Where(l => !SectionInCapitals(l)).Select(WithoutInitialsColumn).ToList());
            // A scan that lost most of a table's bars ("| Camilla Åberg    Region Kalmar län    utvecklingsledare") leaves
            // too few for a bordered table: the bars it kept part cells like the gaps.
            if (!BorderedTable.Is(lines) && lines.Any(l => l.Contains('|'))) lines = lines.Select(StrayBarsAsGaps).ToList();
            lines = WithWrappedRoles(lines);
            // "Deltagande organisationer" heads organisation headings, and is no group of its own.
            var defaultGroup = label is "Närvarande" or "Deltagare" || Vocabulary.MoreAttendeeLabels.Contains(label) ? null : label;
            var headed = lines.Count > 0 && TableHeader().IsMatch(lines[0]);
            if (BorderedTable.Is(lines)) ReadBordered(lines, defaultGroup, found);
            // Without a header row a table only under a plain "Närvarande": under "Närvarande ledamöter" the label is
            // the group and the column holds party and role.
            // Rows of name, organisation and role ("Catrin Åhl    Region Dalarna    sekreterare") are a table under any label.
            // So are rows of a name and an organisation under a group's label ("Henrik Sjölund, biträdande förvaltningschef    Skånevård Sund").
            else if (headed || defaultGroup is null && lines.Count(NameThenColumn) >= 3 || lines.Count(NameThenTwoColumns) >= 2
                     || lines.Count(NameAndPostThenOrganisation) >= 3) ReadColumns(lines, headed, found);
            else if (RunOnDashList.Read(lines) is { } people)
                foreach (var person in people)
                {
                    found.Attendees.Add(new Attendee(person.Name, person.Organization));
                    RoleInColumn(string.Join(", ", person.Roles), person.Name, found);
                }
            else if (NameDashOrganisation.Covers(lines))
                foreach (var line in lines)
                {
                    if (NameDashOrganisation.Read(line) is not { } attendee) continue;
                    found.Attendees.Add(attendee);
                    RoleInPart(line, attendee.Name, found);
                }
            else if (FromGroups.Split(Joined(lines)) is { } groups)
                foreach (var (organisation, names) in groups) ReadNames(organisation, names, found);
            else if (AttendanceProse.Split(Joined(lines)) is { } told)
                foreach (var (organisation, names) in told) ReadNames(organisation ?? defaultGroup, names, found);
            else ReadListed(lines, defaultGroup, found);
        }
        return new Result(found.Attendees, found.Chair, found.Secretary);
    }

    // "MB   Mona Berglöf      Vilunda vårdcentral": a column of initials before the names repeats them (OCR may close its gap).
    private static string WithoutInitialsColumn(string line) =>
        InitialsColumn().Match(line) is { Success: true } m && Names.Leading(Columns().Split(m.Groups["rest"].Value)[0]) is { } name && NameInitials.AreOf(m.Groups["tag"].Value, name)
            ? m.Groups["rest"].Value : line;

    [GeneratedRegex(@"^\s*(?<tag>\p{Lu}{2,3})\s+(?<rest>\p{Lu}.*)$")]
    private static partial Regex InitialsColumn();

    /// <summary>
    /// "Sofia Berg, medicinskt ansvarig sjuksköterska," over "ordförande" in the names' column: a role wrapped onto a
    /// line of its own goes on the line it ends.
    /// </summary>
    private static List<string> WithWrappedRoles(List<string> lines) =>
        Folded(lines, (above, line) => above.TrimEnd().EndsWith(',') && line.Trim() is { Length: > 0 } text && char.IsLower(text[0]) && !text.Contains("  "));

    /// <summary>Each line that goes on the one above (<paramref name="goesOn"/>: the line above as joined so far, the line) joined to it.</summary>
    private static List<string> Folded(List<string> lines, Func<string, string, bool> goesOn)
    {
        var joined = new List<string>();
        foreach (var line in lines)
            if (joined.Count > 0 && goesOn(joined[^1], line)) joined[^1] = joined[^1].TrimEnd() + " " + line.Trim();
            else joined.Add(line);
        return joined;
    }

    private static string StrayBarsAsGaps(string line) =>
        string.Join("    ", line.Split('|', '¦').Select(cell => cell.Trim()).Where(cell => cell.Length > 0));

    private static bool SectionInCapitals(string line) =>
        line.Count(char.IsLetter) >= 10 && line.Where(char.IsLetter).All(char.IsUpper) && line.Any(char.IsDigit);

    /// <summary>The attendees as they are read, with the first chair and secretary a role names.</summary>
    private sealed class Found
    {
        public List<Attendee> Attendees { get; } = [];
        public string? Chair { get; set; }
        public string? Secretary { get; set; }
    }

    /// <summary>"| Birgitta Sundin | PRO Huddinge | ordförande |": name, organisation, and a role that makes the chair or secretary.</summary>
    private static void ReadBordered(List<string> lines, string? defaultGroup, Found found)
    {
        if (PresenceTable.Read(lines) is { } present)
        {
            foreach (var person in present) Add(new AttendeeRow.Read(person.Name, person.Organization ?? defaultGroup, person.Role), found);
            return;
        }
        var rows = BorderedTable.Rows(lines);
        var columns = rows.Count == 0 ? 0 : rows[0][0].Equals(Vocabulary.NameCaption, StringComparison.OrdinalIgnoreCase) ? rows[0].Length : rows.Max(r => r.Length);
        foreach (var cells in rows)
        {
            if (AttendeeRow.From(cells, columns, defaultGroup) is { } row) Add(row, found);
        }
    }

    private static void Add(AttendeeRow.Read row, Found found)
    {
        found.Attendees.Add(new Attendee(row.Name, row.Organization));
        RoleInColumn(row.Role, row.Name, found);
    }

    private static void RoleInColumn(string cell, string name, Found found)
    {
        var role = cell.ToLowerInvariant();
        if (RoleIs(role, Vocabulary.Chair)) found.Chair ??= name;
        if (RoleIs(role, Vocabulary.Secretary) || Vocabulary.NoteTakerRoles.Any(r => RoleIs(role, r))) found.Secretary ??= name;
    }

    // "ordförande", or a post with the role after it ("områdeschef, ordförande", "Områdeschef, ordf."); not "vice ordförande".
    private static bool RoleIs(string role, string word) =>
        role.StartsWith(word, StringComparison.Ordinal) || role.EndsWith(", " + word, StringComparison.Ordinal)
        || word == Vocabulary.Chair && ShortChairAfterPost().IsMatch(role);

    [GeneratedRegex($@",\s*{Vocabulary.ChairShort}$")]
    private static partial Regex ShortChairAfterPost();

    /// <summary>A Namn/Organisation table, with its header row or without ("Marit Hellqvist (S)      Regionstyrelsen").</summary>
    private static void ReadColumns(List<string> lines, bool headed, Found found)
    {
        var attendees = found.Attendees;
        var pairs = headed ? SideBySideColumns.PairsIn(Columns().Split(lines[0].Trim())) : 1;
        string? group = null;
        var rows = lines.Skip(headed ? 1 : 0).Where(l => l.Trim().Length > 0).ToList();
        var captions = headed ? Columns().Split(lines[0].Trim()) : [];
        var columns = captions.Length;
        // "Namn    Funktion    Organisation": the role's column before the organisation's.
        var roleFirst = columns >= 3 && RoleCaption().IsMatch(captions[1]) && OrganisationCaption().IsMatch(captions[2]);
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var cells = Columns().Split(row.Trim());
            // "Anders Wennerberg verksamhetschef    Vårdcentralen Näsby": a scan closed the gap after the name; the role in
            // lower case is the next cell.
            if (cells.Length < columns && Names.Leading(cells[0]) is { } lead && cells[0].StartsWith(lead, StringComparison.Ordinal)
                && cells[0][lead.Length..].Trim() is { Length: > 0 } role && char.IsLower(role[0]))
                cells = [lead, role, .. cells[1..]];
            if (roleFirst && cells.Length >= 3) cells = [cells[0], cells[2], cells[1], .. cells[3..]];
            // "Nynäshamns kommun" alone over "Anders Tyd    kommunalråd, ordförande" heads the names below it, each with a
            // role in the column, so the person's organisation is the heading's.
            if (cells.Length == 1 && Names.Leading(cells[0]) is null && char.IsUpper(cells[0][0]) && r + 1 < rows.Count && NameThenRole(rows[r + 1]))
            {
                group = cells[0];
                continue;
            }
            if (group is not null && NameThenRole(row) && Names.Clean(cells[0]) is { } member)
            {
                attendees.Add(new Attendee(member, group));
                RoleInColumn(cells[1], member, found);
                continue;
            }
            if (pairs >= 2 && cells.Length >= 3)
            {
                foreach (var (cell, org) in SideBySideColumns.Pairs(cells, pairs))
                    if (Names.Clean(cell) is { } person) attendees.Add(new Attendee(person, org));
                continue;
            }
            // "Rasmus Telander      Hälso- och sjukvårdsförvaltningen (för anteckningar)": a role after the organisation is no part of it.
            if (cells.Length >= 2 && NameWithRole(cells[0], found) is { } n)
            {
                attendees.Add(new Attendee(n, OrganisationAfterName.WithoutRoleInParentheses(cells[1])));
                RoleInPart(cells[1], n, found);
                // "Marie Ting    Region Kronoberg    områdeschef nära vård, ordförande": a column of roles.
                if (cells.Length >= 3) RoleInColumn(cells[2], n, found);
            }
            // An organisation wrapped in its column leaves a row of its own with the first cell empty.
            else if (cells.Length == 1 && cells[0].Length > 0 && Names.Leading(cells[0]) is null && attendees.Count > 0 && attendees[^1].Organization is { } org
                     // The organisation had a column of its own above: one in parentheses ("Mikael Ågren (KD)") does not wrap
                     // onto the next group's heading ("Pensionärsorganisationer").
                     && r > 0 && Columns().Split(rows[r - 1].Trim()).Length >= 2)
                attendees[^1] = attendees[^1] with { Organization = org + " " + cells[0].Trim() };
            // "Kristina Wennerholm (S), ordförande" alone on its row: read as listed names are, party and role included.
            else if (cells.Length == 1 && Names.Leading(cells[0]) is not null) ReadNames(null, cells[0], found);
        }
    }

    /// <summary>
    /// Names listed under their groups; a role after a name ("…, ordförande", "…, sekreterare") makes that person the
    /// chair or secretary and is no name of its own.
    /// </summary>
    private static void ReadListed(List<string> lines, string? defaultGroup, Found found)
    {
        foreach (var (heading, groupLines) in GroupLines(WithWrappedOrganisations(lines), defaultGroup))
        {
            // "… och Anna Ersmark. Förhinder: Gösta Edin": those away, run on after who came.
            if (heading is not null && Vocabulary.AbsenceLabels.Contains(heading)) continue;
            // "Rune Klintelius      PRO Gotland" row under row below the heading: each name with its organisation in the
            // column beside it, read row by row (an organisation may hold "och", a digit or a note in parentheses).
            var rows = groupLines.Where(l => l.Trim().Length > 0).ToList();
            if (rows.Count > 0 && rows.All(NameThenOrganisation))
                foreach (var row in rows) ReadColumnRow(row, found);
            else if (rows.Count >= 2 && rows.All(IsPersonLine)
                     && rows.Any(r => r.Split(", ")[1] is var second && (char.IsLower(second[0]) || Acronym().IsMatch(second) && !Vocabulary.RoleAcronyms.Contains(second))))
                foreach (var row in rows) ReadPersonLine(row, heading, found);
            else ReadNames(heading, JoinNames(groupLines), found);
        }
    }

    private static void ReadNames(string? heading, string names, Found found)
    {
        foreach (var (group, text) in SemicolonGroups.Split(names) is { } run ? run.Select(r => ((string?)r.Organization, r.Names)) : [(heading, names)])
        {
            string? previous = null;
            string? pendingFirst = null;
            var (afterName, afterOrganisation, afterRole) = (false, false, false);
            var bare = new List<int>();
            foreach (var part in Names.ListParts(text))
            {
                var follows = afterName;
                afterName = false;
                // "Per-Ola Hamrin, socialchef, Hudiksvalls kommun": an organisation may come after the role, if it says it is one
                // (not "enhetschef geriatrik och ASIH").
                var followsRole = afterRole;
                afterRole = char.IsLower(part[0]) && (follows || followsRole);
                // "Ismo Rantala, SRF Stockholms och Gotlands län": the list split the organisation's own "och".
                if (afterOrganisation && Names.Leading(part) is null && found.Attendees[^1].Organization is { } taken
                    && text.Contains(taken + " och " + part, StringComparison.Ordinal))
                {
                    found.Attendees[^1] = found.Attendees[^1] with { Organization = taken + " och " + part };
                    continue;
                }
                afterOrganisation = false;
                // "Per Holm, Solby vårdcentral": an organisation written after the name is the person's, before the heading;
                // a role may follow it in parentheses ("Salems kommun (enhetschef hemtjänst)").
                if ((follows || followsRole && Vocabulary.IsOrganisation(OrganisationAfterName.WithoutRole(part)))
                    && OrganisationAfterName.Is(OrganisationAfterName.WithoutRole(part)) && found.Attendees.Count > 0)
                {
                    found.Attendees[^1] = found.Attendees[^1] with { Organization = OrganisationAfterName.WithoutRole(part) };
                    RoleInPart(part, found.Attendees[^1].Name, found);
                    afterOrganisation = true;
                    continue;
                }
                if (previous is not null) RoleAfterName(part, previous, found);
                // "Malin Deger, verksamhetschef (ordf.)": the role in parentheses after the title.
                if (previous is not null && (follows || followsRole) && char.IsLower(part[0])) RoleInPart(part, previous, found);
                if (!char.IsUpper(part[0]) || InParenthesesAnywhere().Replace(part, "").Any(char.IsDigit)) continue;
                // After a role, what is not a name goes on describing the person ("…, verksamhetschef akutkliniken, Västerviks sjukhus"),
                // and so does a workplace that opens like a name ("…, verksamhetschef, Närhälsan Lidköping vårdcentral").
                // (A person's row in a column layout, "Oskar Lindblad    enhetschef …", sets the post apart by a gap.)
                if (followsRole && Names.Leading(part) is { } opening && part.Trim()[opening.Length..] is [' ', var next, ..] && char.IsLower(next)) continue;
                var name = Names.Leading(part) ?? (part.Split(' ').Length == 1 || followsRole ? null : Names.Clean(part));
                // "Ingrid och Bengt Hallquist (PRO Berg)": a first name alone before "och" and a full name shares its surname.
                if (name is null && FirstNameAlone().IsMatch(part)) { pendingFirst = part; continue; }
                if (name is null) continue;
                var affiliation = Affiliation(part, name, group);
                if (pendingFirst is not null && name.Split(' ') is [_, .., var surname] && text.Contains(pendingFirst + " och " + name, StringComparison.Ordinal))
                    found.Attendees.Add(new Attendee(pendingFirst + " " + surname, affiliation));
                pendingFirst = null;
                found.Attendees.Add(new Attendee(name, affiliation));
                RoleInPart(part, name, found);
                if (!part.Contains('(')) bare.Add(found.Attendees.Count - 1);
                else
                {
                    if (affiliation != group) ShareParenthesis(found.Attendees, bare, text, affiliation);
                    bare.Clear();
                }
                previous = name;
                afterName = true;
            }
        }
    }

    /// <summary>
    /// "Kjell Ingvarsson    Hörselskadades distrikt i" over "Jönköpings län": an organisation wrapped in its column goes
    /// on the row above, where it ends open, or the line is a note in parentheses ("(Teams)"), and it holds nothing else
    /// and no name (a group's heading would).
    /// </summary>
    private static List<string> WithWrappedOrganisations(List<string> rows) =>
        Folded(rows, (above, row) => NameThenOrganisation(above) && (OpenEnd().IsMatch(above) || row.TrimStart().StartsWith('('))
                                     && row.Trim().Length > 0 && Columns().Split(row.Trim()).Length == 1 && Names.Leading(row) is null);

    /// <summary>"…, ordförande", "…, mötesordförande", "…, mötesledare", "…, sekreterare": the chair or secretary of this meeting, as the labels say (Vocabulary.ChairLabels).</summary>
    private static void RoleAfterName(string part, string name, Found found)
    {
        var lower = part.TrimStart('(').ToLowerInvariant();
        if (lower.StartsWith(Vocabulary.Chair) || lower.StartsWith("mötes" + Vocabulary.Chair) || lower.StartsWith("mötesledare") || lower.TrimEnd('.', ')') == "ordf") found.Chair ??= name;
        if (lower.StartsWith(Vocabulary.Secretary) || lower.EndsWith(Vocabulary.Secretary) || Vocabulary.NoteTakerRoles.Contains(lower.TrimEnd(')', '.'))) found.Secretary ??= name;
    }

    /// <summary>
    /// "Per-Olof Nyberg, Attention Karlstad" row under row, some with a role after ("Ingela Persson, RSMH Värmland,
    /// ordförande"): one person a line, so what follows the name is their organisation, however much it looks like a name.
    /// A list run on over lines ends them with a comma, or names several on one.
    /// </summary>
    private static bool IsPersonLine(string row) =>
        row.Trim() is var line && Names.Leading(line) is { } name && line.StartsWith(name + ", ", StringComparison.Ordinal) && !line.EndsWith(',')
        && !line.Contains(" och ") && line.Split(", ") is { Length: <= 3 } parts && parts.Skip(2).All(p => char.IsLower(p[0]));

    private static void ReadPersonLine(string row, string? heading, Found found)
    {
        var parts = row.Trim().Split(", ", StringSplitOptions.TrimEntries);
        var name = Names.Leading(parts[0])!;
        // "Maja Rosén, MAS": a role in capitals is no organisation.
        var organisation = char.IsUpper(parts[1][0]) && !Vocabulary.RoleAcronyms.Contains(parts[1]) ? OrganisationAfterName.WithoutRole(parts[1]) : heading;
        found.Attendees.Add(new Attendee(name, organisation));
        foreach (var part in parts.Skip(1))
        {
            RoleAfterName(part, name, found);
            RoleInPart(part, name, found);
        }
    }

    [GeneratedRegex(@"^\p{Lu}{2,}\b")]
    private static partial Regex Acronym();

    [GeneratedRegex(@"(?:\s(?:i|och|för|av|på|med)|[-,])\s*$")]
    private static partial Regex OpenEnd();

    [GeneratedRegex(@"^(?:\p{Ll}+- och )?\p{Ll}{3,}(?:förvaltningen|tjänsten|nämnden|kontoret)$")]
    private static partial Regex UnitCompound();

    /// <summary>
    /// "Linn West, Oskar Lind och Hanna Kjell (Region Blekinge)", "Harriet Ek och Bo Gyll (PRO Danderyd)": one parenthesis
    /// after names joined by "och" is the organisation of each name of the run before it that has none of its own.
    /// </summary>
    private static void ShareParenthesis(List<Attendee> attendees, List<int> bare, string text, string? organisation)
    {
        var next = attendees[^1].Name;
        var joiner = " och ";
        for (var k = bare.Count - 1; k >= 0; k--)
        {
            var name = attendees[bare[k]].Name;
            if (!text.Contains(name + joiner + next, StringComparison.Ordinal)) return;
            attendees[bare[k]] = attendees[bare[k]] with { Organization = organisation };
            (next, joiner) = (name, ", ");
        }
    }

    /// <summary>"Annika Friberg (ordf.)", "Marianne Tidholm, SPF Seniorerna (ordförande)": a role in parentheses makes the chair or secretary.</summary>
    private static void RoleInPart(string part, string name, Found found)
    {
        // "Annika Grönwall (M) ordförande": the role after the party, no comma between; a vice chair is no chair.
        if (RoleAfterParty().Match(part) is { Success: true } after)
        {
            if (after.Groups["vice"].Success) return;
            if (after.Groups["chair"].Success) found.Chair ??= name;
            else found.Secretary ??= name;
            return;
        }
        if (RoleInParentheses().Match(part) is not { Success: true } role) return;
        if (role.Groups["chair"].Success) found.Chair ??= name;
        else found.Secretary ??= name;
    }

    /// <summary>
    /// A member's organisation under a group heading: the party or organisation in parentheses after the name
    /// ("Gunnar Persson (M)" → M, "Kaisa Rönn (SPF Seniorerna)" → SPF Seniorerna), not the heading above
    /// ("Närvarande ledamöter"), and so is an organisation in the column beside the name ("Gunilla Berggren    PRO");
    /// without one, the heading. A title ("(enhetschef)", "avdelningschef, förvaltningen") is not an organisation.
    /// A list with no heading at all ("Närvarande: Marita Engdahl (PRO), …") takes the organisation from the
    /// parentheses the same way; without them, null.
    /// </summary>
    public static string? Affiliation(string part, string name, string? group)
    {
        var at = part.IndexOf(name, StringComparison.Ordinal);
        if (at < 0) return group;
        var after = part[(at + name.Length)..];
        // "(stadsdelsförvaltningen, ordf.)", "(M, ordförande)": a role after the organisation is no part of it.
        if (InParentheses().Match(after) is { Success: true } inParentheses)
        {
            var inner = Regex.Replace(RoleAfterComma().Replace(inParentheses.Groups[1].Value, ""), @"\s+", " ").Trim();
            // "Per Ek (PE)": initials repeat the name and name no organisation.
            // A branch number belongs to the organisation ("SKPF Pensionärerna avd. 21 Österåker"); "(§ 4)", "(Punkt 3)" are none.
            if (inner.Length > 0 && char.IsUpper(inner[0]) && (!inner.Any(char.IsDigit) || Branch().IsMatch(inner)))
                return NameInitials.AreOf(inner, name) ? group : inner;
            if (IsUnitInLowerCase(inner)) return inner;
        }
        return Parenthesised().Match(after) is { Success: true, Groups: [_, _, { Success: true } column] } ? Regex.Replace(column.Value.Trim(), @"\s+", " ") : group;
    }

    // "(förvaltningen)", "(hemtjänsten Enskede-Årsta)": an organisation named by a common noun in lower case, alone
    // or before its place; so is a compound of one ("(socialförvaltningen)", "(hälso- och sjukvårdsförvaltningen)",
    // "(socialtjänsten)"). A title ("enhetschef", "distriktssköterska") is neither.
    private static bool IsUnitInLowerCase(string text)
    {
        var words = text.Split(' ');
        return Vocabulary.OrganisationNouns.Contains(words[0]) || UnitCompound().IsMatch(text)
               || words.Length > 1 && words[0].EndsWith("en", StringComparison.Ordinal) && words.Skip(1).All(w => w.Length > 0 && char.IsUpper(w[0]));
    }

    [GeneratedRegex($@"\)\s+(?<vice>vice\s+)?(?:(?<chair>{Vocabulary.Chair}|{Vocabulary.ChairShort})|{Vocabulary.Secretary}|{Vocabulary.SecretaryShort})\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleAfterParty();

    [GeneratedRegex($@"\((?:[^()]*,\s*)?(?:(?<chair>{Vocabulary.Chair}|{Vocabulary.ChairShort})|{Vocabulary.Secretary}|{Vocabulary.SecretaryShort}|{Vocabulary.NoteTaking})\)", RegexOptions.IgnoreCase)]
    private static partial Regex RoleInParentheses();

    private static bool NameThenOrganisation(string line) => NameThenColumn(line) && char.IsUpper(Columns().Split(line.Trim())[1][0]);

    // "Henrik Sjölund, biträdande förvaltningschef    Skånevård Sund": a post after the name, the organisation in the column.
    private static bool NameAndPostThenOrganisation(string line) =>
        NameThenOrganisation(line) && Columns().Split(line.Trim())[0] is var cell && WithoutPost(cell) != cell;

    // "Henrik Sjölund, biträdande förvaltningschef": a post in lower case after the name is no part of it.
    private static string WithoutPost(string cell) =>
        cell.Split(", ", 2) is [var before, var post] && post.Length > 0 && char.IsLower(post[0]) && Names.Leading(before) == before ? before : cell;

    // "vice ordförande" is a role too, but makes no chair.
    [GeneratedRegex($@"^(?:(?<vice>vice\s+)?(?<chair>{Vocabulary.Chair}|{Vocabulary.ChairShort})|{Vocabulary.Secretary}|{Vocabulary.SecretaryShort})$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleAlone();

    // A run-on list read as one text: its lines joined.
    private static string Joined(List<string> lines) => string.Join(" ", lines.Select(l => l.Trim()));

    /// <summary>"Karin Edlund, sekr." in the name's column: the person, and the meeting role after the comma; else the cell as it is.</summary>
    private static (string Person, Match Role) WithoutRole(string cell)
    {
        var named = cell.Split(',', 2, StringSplitOptions.TrimEntries);
        return named.Length == 2 && RoleAlone().Match(named[1]) is { Success: true } role ? (named[0], role) : (cell, Match.Empty);
    }

    /// <summary>"Anna-Karin Strömgren, ordf." in the name's column: the name, and the role makes the chair or secretary.</summary>
    private static string? NameWithRole(string cell, Found found)
    {
        var (person, role) = WithoutRole(cell);
        if (!role.Success || Names.Clean(person) is not { } name) return Names.Clean(WithoutPost(cell));
        if (role.Groups["vice"].Success) return name;
        if (role.Groups["chair"].Success) found.Chair ??= name;
        else found.Secretary ??= name;
        return name;
    }

    private static void ReadColumnRow(string row, Found found)
    {
        var cells = Columns().Split(row.Trim());
        var name = NameWithRole(cells[0], found)!;
        found.Attendees.Add(new Attendee(name, OrganisationAfterName.WithoutRoleInParentheses(cells[1])));
        RoleInPart(cells[1], name, found);
    }

    /// <summary>Splits a block into (group heading, its lines).</summary>
    private static List<(string? Group, List<string> Lines)> GroupLines(List<string> lines, string? defaultGroup)
    {
        var groups = new List<(string? Group, List<string> Lines)>();
        string? previous = null;
        // "PRO: Anna A, Bertil B   SKPF: Berit C": two groups on one line.
        // "… Dagny Ölund (Diabetesföreningen). Från Svenstaviks hälsocentral: Mona …": a heading after a full stop in a
        // paragraph run on opens a group too.
        lines = lines.SelectMany(l => GapSplit.Before(l, GroupStart())).SelectMany(l => HeadingAfterStop().Split(l)).ToList();
        // Organisations in a left column ("Uddevalla kommun      Eva Rydell, socialchef"): there, one that reads like a
        // name ("Närhälsan Fyrbodal      Susanne Klingvall, …") heads the names beside it too.
        var headingColumn = lines.Count(l => ColumnHeading().Match(l) is { Success: true } c && IsHeading(c.Groups[1].Value)) >= 2;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var m = GroupHeading().Match(line);
            var column = ColumnHeading().Match(line);
            if (m.Success && !m.Groups[1].Value.Contains(','))
                groups.Add((Group(m.Groups[1].Value), m.Groups[2].Value.Length > 0 ? [m.Groups[2].Value] : []));
            else if (column.Success && (IsHeading(column.Groups[1].Value)
                     || headingColumn && IsHeading(column.Groups[1].Value, nameLike: true) && StartsWithName(column.Groups[2].Value)))
                groups.Add((Group(column.Groups[1].Value), [column.Groups[2].Value]));
            // "SPF Seniorerna Birgitta Nordenfelt, …" where OCR closed the column gap: an acronym heading before a name.
            // Not a heading that goes on with its organisation's name ("SPF Seniorerna Vaxholm").
            else if (AcronymHeading().Match(line) is { Success: true } acronym && Names.Leading(acronym.Groups[2].Value) is not null)
                groups.Add((acronym.Groups[1].Value, [acronym.Groups[2].Value]));
            else if (IsHeading(line) && !EndsInHalfName(previous) && i + 1 < lines.Count && StartsWithName(lines[i + 1]))
                groups.Add((Group(line), []));
            else if (groups.Count == 0) groups.Add((defaultGroup, [line]));
            else groups[^1].Lines.Add(line);
            previous = line;
        }
        return groups;
    }

    // A heading without a colon: "SPF Seniorerna", "Förtroendevalda", "Från förvaltningen", alone on its line or in
    // the left column before the names. Not a name, no list, no title in lower case.
    private static bool IsHeading(string text, bool nameLike = false)
    {
        // "Stockholms läns sjukvårdsområde (SLSO)": a heading may end in its own abbreviation.
        var t = AbbreviationAfter().Replace(text.Trim(), "");
        // "Vårdcentralen Rimbo" reads like a name but opens with an organisation noun.
        var organisation = Vocabulary.OrganisationNouns.Contains(t.Split(' ')[0].ToLowerInvariant());
        // "Västra Götalandsregionen, Psykiatri Skaraborg": a body and its unit, each capitalised, the first no person's name.
        var withUnit = t.Split(", ") is [var body, var unit] && unit.Length > 0 && char.IsUpper(unit[0]) && Names.Leading(body) is null;
        return t.Length is > 1 and <= 50 && char.IsUpper(t[0]) && !t.Any(c => c is '(' or ')' || char.IsDigit(c)) && (!t.Contains(',') || withUnit)
            && (organisation || nameLike || Names.Leading(t) is null) && t.Split(' ').Length <= 5;
    }

    private static bool NameThenTwoColumns(string line) =>
        Columns().Split(line.Trim()) is { Length: 3 } cells && Names.Leading(cells[0]) is { } name && Names.Clean(cells[0]) == name;

    private static bool NameThenRole(string line) => NameThenColumn(line) && Columns().Split(line.Trim())[1] is var cell && char.IsLower(cell[0]);

    private static bool NameThenColumn(string line)
    {
        var cells = Columns().Split(line.Trim());
        // The name may carry the meeting role after a comma ("Karin Edlund, sekr.").
        var person = WithoutPost(WithoutRole(cells[0]).Person);
        return cells.Length == 2 && Names.Leading(person) is { } name && Names.Clean(person) == name;
    }

    private static bool StartsWithName(string line) => !GroupHeading().IsMatch(line) && Names.Leading(line.Split(',')[0]) is not null;

    private static bool EndsInHalfName(string? line)
    {
        if (line is null || line.TrimEnd().EndsWith(',')) return false;
        var last = line.Split(',')[^1].Trim();
        // "Inga-Lill Nordmark, SPRF": an organisation's acronym, no half name.
        return last.Length > 0 && char.IsUpper(last[0]) && last.Split(' ').Length == 1 && !IsAcronym(last);
    }

    // An organisation's acronym: "PRO", "SPRF".
    private static bool IsAcronym(string word) => word.Length is >= 2 and <= 6 && word.All(char.IsUpper);

    // "Från förvaltningen" stands for the administration's own people.
    private static string Group(string heading)
    {
        // "SKPF Pensionärerna avd. Hässleholm:  Ulla Rosén" in a column: the colon closes the heading.
        var g = heading.Trim().TrimEnd(':').TrimEnd();
        if (g.StartsWith("Från ", StringComparison.OrdinalIgnoreCase) && g.Length > 5) g = char.ToUpperInvariant(g[5]) + g[6..];
        return g;
    }

    private static string JoinNames(List<string> lines)
    {
        var text = "";
        foreach (var line in lines.Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            if (text.Length == 0) { text = line; continue; }
            var lastPart = text.TrimEnd().EndsWith(',') ? "" : text.Split(',')[^1].Trim();
            var firstPart = line.Split(',')[0].Trim();
            // A lone capitalised word on either side of the break is half a name; a lone title ("ordförande") is not.
            // So is a line left inside parentheses: "Ramona Ekman (Funktionsrätt" / "Stockholms län), …".
            // An organisation's acronym ends its line ("Stig-Olof Berggren, PRO"), no half name.
            var wrapped = lastPart.Length > 0 && char.IsUpper(lastPart[0]) && !IsAcronym(lastPart)
                && (lastPart.Split(' ').Length == 1 || (firstPart.Split(' ').Length == 1 && char.IsUpper(firstPart[0])))
                || text.Count(c => c == '(') > text.Count(c => c == ')') || line.StartsWith('(')
                // A role wrapped in lower case: "Tobias Rådström (S) vice" / "ordförande, …".
                || char.IsLower(line[0]) && text.Length > 0 && char.IsLower(text.TrimEnd()[^1]) && !text.TrimEnd().EndsWith(',');
            text = wrapped ? text.TrimEnd() + " " + line : text.TrimEnd().TrimEnd(',') + ", " + line;
        }
        return text;
    }

    // A group heading that opens a second group on the line, after a gap: "PRO: Anna A   SKPF: Berit C".
    [GeneratedRegex(@"^[\p{Lu}][\p{L}\s\-&/]{0,40}:")]
    private static partial Regex GroupStart();

    // "PRO: Anna A, …", and "PRO – Anna A, …" with a dash for the colon.
    // A heading may hold a branch's number: "SKPF avd 12 Sundbyberg – Yvonne Eskilsson".
    // "Gäst § 5: Susanne Hägg, Region Östergötland": a guest at one §.
    [GeneratedRegex(@"^([\p{L}][\p{L}\d\s\-&/§]{0,40}?)(?::|\s+[–—]\s+|\s+-\s+(?=\p{Lu}))\s*(.*)$")]
    private static partial Regex GroupHeading();

    [GeneratedRegex(@"^([A-ZÅÄÖ]{2,6}(?:\s\p{Lu}\p{Ll}+)?)\s+(\p{Lu}\p{Ll}+\s\p{Lu}[\p{Ll}-]+(?:,.*)?)$")]
    private static partial Regex AcronymHeading();

    [GeneratedRegex(@"^(\S.{0,39}?)\s{2,}(\p{Lu}.*)$")]
    private static partial Regex ColumnHeading();

    [GeneratedRegex(@"^Namn\s{2,}.*(Organisation|Förvaltning|Funktion|Roll)", RegexOptions.IgnoreCase)]
    private static partial Regex TableHeader();

    [GeneratedRegex(@"^(?:Funktion|Roll|Titel|Befattning|Uppdrag)$", RegexOptions.IgnoreCase)]
    private static partial Regex RoleCaption();

    [GeneratedRegex(@"^(?:Organisation|Förvaltning|Verksamhet|Arbetsplats|Förening)$", RegexOptions.IgnoreCase)]
    private static partial Regex OrganisationCaption();

    // "(M)", "(SPF Seniorerna)" straight after the name, or in the column beside it ("Gunilla Berggren    PRO"):
    // capitalised, no digits (not "(§ 4)"), not a title ("avdelningschef, förvaltningen").
    [GeneratedRegex(@"^(?:\s*\((\p{Lu}[^()\d]{0,40})\)|\s{2,}(\p{Lu}[^()\d]{0,40}?)\s*$)")]
    private static partial Regex Parenthesised();

    // The parentheses straight after a name: "Eva Lund (PRO Bro)", "Eva Lund (stadsdelsförvaltningen, ordf.)".
    [GeneratedRegex(@"^\s*\(([^()]{1,60})\)")]
    private static partial Regex InParentheses();

    [GeneratedRegex(@"\b(?:avd\.?|avdelning|krets)\s+\d{1,3}\b", RegexOptions.IgnoreCase)]
    private static partial Regex Branch();

    [GeneratedRegex(@"\([^()]*\)")]
    private static partial Regex InParenthesesAnywhere();

    // ", ordf." or ", enhetschef" ending what stands in parentheses: a role in lower case after the organisation.
    [GeneratedRegex(@",\s*\p{Ll}[^,]*$")]
    private static partial Regex RoleAfterComma();

    // A run of spaces is tried from its first space only, so a long run costs linear time.
    [GeneratedRegex(@"(?<!\s)\s+\(\p{Lu}{2,6}\)$")]
    private static partial Regex AbbreviationAfter();

    [GeneratedRegex(@"\s{2,}|\t")]
    private static partial Regex Columns();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?$")]
    private static partial Regex FirstNameAlone();

    // Not after an abbreviation in a heading: "SKPF Pensionärerna avd. Hässleholm:".
    [GeneratedRegex(@"(?<=[.)]\.|\p{Ll}\.)(?<!\b(?:avd|ca|bl\.a|resp|tf|t\.f)\.)\s+(?=\p{Lu}[\p{L}\s\-&/]{0,40}:)")]
    private static partial Regex HeadingAfterStop();
}
