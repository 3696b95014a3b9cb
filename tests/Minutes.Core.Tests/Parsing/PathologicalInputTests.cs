using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>
/// Every pattern runs in linear time on any input: a document of several MB made of one pathological run (a line of
/// years or dates, digits, spaces, punctuation, repeated labels) parses well within a generous limit. Quadratic
/// work on such a line takes tens of seconds; linear work well under a second. This is a ceiling, not a benchmark.
/// </summary>
public class PathologicalInputTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(10);

    public static TheoryData<string> Runs => new(Shapes.Keys);

    private static readonly Dictionary<string, string> Shapes = new()
    {
        ["years"] = "2025 ",
        ["dates"] = "12 juni 2025, ",
        ["iso dates"] = "2025-06-12 ",
        ["numeric dates"] = "12/6 2025 ",
        ["times"] = "kl. 13:00-14:30 ",
        ["digits"] = "7",
        ["spaces"] = " ",
        ["tabs and spaces"] = "\t ",
        ["full stops"] = ".",
        ["punctuation"] = ".,;:-–?!()§ ",
        ["labels"] = "Datum: Tid: Plats: Ansvarig: Klart: ",
        ["group headings"] = "PRO:  ",
        ["names"] = "Anna Berg och ",
        ["capitals"] = "ÅTGÄRD ",
        ["item numbers"] = "§ 12 ",
        ["counters"] = "   1 (3)",
        ["commitments"] = "Förvaltningen återkommer senast den 12 juni ",
        ["verbs of telling"] = "Anna informerar och berättar ",
        ["numbered points"] = "1. ",
        ["question labels"] = "Fråga från Erik Malm (PRO) ",
        ["bars"] = "| Anna Berg | PRO | ",
        ["capitals without spaces"] = "A",
        ["rule dashes before a bar"] = "——|",
        ["from lists"] = "Anna Berg från PRO samt från förvaltningen Anna Berg ",
    };

    /// <summary>
    /// The run as a header line, an attendee line and an item's body, each 400 KB (2 MB in all): quadratic work on one
    /// such line takes about half a minute (a 200 KB line took 6.5 s, and 400 KB four times that), past the limit even
    /// on a machine twice as fast; linear work under a second.
    /// </summary>
    private static string Document(string run)
    {
        var line = Repeat(run, 400_000);
        return $"MÖTESANTECKNINGAR\n\nRådet\n{line}\n\nDatum: 2025-06-12   Tid: 13.00–14.30\nNärvarande: {line}\n\n"
             + $"1 Inledning\nMötet öppnas.\n{line}\n\n2 Mötestider 2026\n{line}\n\nBilagor: 1. {line}\n";
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task A_document_of_several_megabytes_of_one_pathological_run_parses_in_linear_time(string shape)
    {
        var text = PageCleaner.Clean(new DocumentText([new TextPage(1, Document(Shapes[shape]).Split('\n').Select(l => new TextLine(l)).ToList(), "text")]));

        await CompletesWithinLimit(() => MinutesParser.Parse(text));
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public async Task Many_pages_of_short_pathological_lines_parse_in_linear_time(string shape)
    {
        var page = Enumerable.Repeat(Shapes[shape].Trim() is { Length: > 0 } t ? t : Shapes[shape], 2_000).Select(l => new TextLine(l)).ToList();
        var text = PageCleaner.Clean(new DocumentText(Enumerable.Range(1, 50).Select(n => new TextPage(n, page, "text")).ToList()));

        await CompletesWithinLimit(() => MinutesParser.Parse(text));
    }

    public static TheoryData<string> Patterns => new(CorePatterns().Select(p => p.Name));

    /// <summary>Each pattern alone, on each run, so one a document's structure never reaches is still held to linear time.</summary>
    [Theory]
    [MemberData(nameof(Patterns))]
    public async Task Every_pattern_in_the_core_runs_in_linear_time_on_every_pathological_run(string name)
    {
        var regex = CorePatterns().Single(p => p.Name == name).Regex;

        await CompletesWithinLimit(() =>
        {
            foreach (var shape in Shapes.Values)
            {
                var input = Repeat(shape, 150_000);
                _ = regex.Matches(input).Count;
                _ = regex.Replace(input, "");
                _ = regex.Match("A" + input + "x").Success;
            }
        });
    }

    /// <summary>Fails with a <see cref="TimeoutException"/> when the work runs past the limit.</summary>
    private static Task CompletesWithinLimit(Action work) => Task.Run(work).WaitAsync(Limit);

    private static IEnumerable<(string Name, Regex Regex)> CorePatterns() =>
        typeof(MinutesParser).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(m => m.ReturnType == typeof(Regex) && m.GetParameters().Length == 0 && !m.IsGenericMethod)
                .Select(m => ($"{t.Name}.{m.Name}", (Regex)m.Invoke(null, null)!)));

    private static string Repeat(string run, int length)
    {
        var text = new StringBuilder(length + run.Length);
        while (text.Length < length) text.Append(run);
        return text.ToString();
    }
}
