using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>The smallest documents of the parsing tests: lines of plain text on one page, parsed as minutes.</summary>
internal static class ParsedLines
{
    public static Meeting Parse(params string[] lines) =>
        MinutesParser.Parse(new DocumentText([new TextPage(1, lines.Select(l => new TextLine(l)).ToList(), "text")]));
}
