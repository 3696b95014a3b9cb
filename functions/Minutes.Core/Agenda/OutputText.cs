using System.Text;

namespace Minutes.Agenda;

/// <summary>
/// Text that comes from users or documents (titles, names, places, action items, proposals) made safe for the outputs
/// that carry it: XML 1.0 for the Word file, Markdown for the draft. Every renderer passes such text through here.
/// </summary>
public static class OutputText
{
    /// <summary>
    /// Only the characters XML 1.0 allows: tab, line feed, carriage return, U+0020–U+D7FF, U+E000–U+FFFD and the
    /// supplementary planes as whole surrogate pairs. Other control characters and U+FFFE/U+FFFF are left out; a lone
    /// surrogate becomes U+FFFD, so the reader sees that something was there.
    /// </summary>
    public static string ForXml(string text)
    {
        if (IsXmlSafe(text)) return text;
        var safe = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                safe.Append(c).Append(text[++i]);
                continue;
            }
            if (char.IsSurrogate(c)) safe.Append('\uFFFD');
            else if (IsXmlChar(c)) safe.Append(c);
        }
        return safe.ToString();
    }

    /// <summary>
    /// One line of Markdown that renders as the text itself, whatever it holds: no heading, list, quote, code, HTML,
    /// link, image, emphasis or table comes out of it. Characters XML forbids go as in <see cref="ForXml"/>; line
    /// breaks and runs of white space become one space, so the text cannot start a block of its own; characters that
    /// mean something anywhere in a line are escaped (<c>\ ` * _ [ ] # | ~</c> with a backslash, <c>&lt; &gt; &amp;</c> as
    /// entities), and so are those that mean something only at the start of a block (<c>- + =</c>, <c>1.</c>, <c>1)</c>),
    /// since the text may stand first in a list item.
    /// </summary>
    public static string ForMarkdown(string text)
    {
        var words = ForXml(text).Split((char[])[' ', '\t', '\n', '\r', '\v', '\f', '\u0085', '\u00A0', '\u2028', '\u2029'],
            StringSplitOptions.RemoveEmptyEntries);
        var line = string.Join(' ', words);
        var md = new StringBuilder(line.Length + 16);
        var digits = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '#' or '|' or '~':
                    md.Append('\\').Append(c);
                    break;
                case '<': md.Append("&lt;"); break;
                case '>': md.Append("&gt;"); break;
                case '&': md.Append("&amp;"); break;
                case '-' or '+' or '=' when i == 0:
                    md.Append('\\').Append(c);
                    break;
                case '.' or ')' when digits > 0 && digits == i:
                    md.Append('\\').Append(c);
                    break;
                default:
                    md.Append(c);
                    break;
            }
            if (char.IsAsciiDigit(c) && digits == i) digits++;
        }
        return md.ToString();
    }

    private static bool IsXmlSafe(string text)
    {
        foreach (var c in text)
            if (!IsXmlChar(c) || char.IsSurrogate(c)) return false;
        return true;
    }

    private static bool IsXmlChar(char c) => c is '\t' or '\n' or '\r' or (>= '\u0020' and <= '\uFFFD');
}
