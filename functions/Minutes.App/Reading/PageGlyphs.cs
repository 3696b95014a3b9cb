using UglyToad.PdfPig.Content;

namespace Minutes.Reading;

/// <summary>A letter in reading coordinates: X along its line from the page's left edge, Baseline down from the top, in points.</summary>
internal sealed record Glyph(string Text, double X, double End, double Baseline, double Size)
{
    public bool IsSpace => string.IsNullOrWhiteSpace(Text);
}

/// <summary>
/// A page's letters turned into reading coordinates. PdfPig gives letters in the page's displayed space (its /Rotate
/// applied), so a landscape page stored turned is already upright; text that still runs up or down the page (a page
/// turned without its content) is read along its own direction, as a reader would turn the sheet.
/// </summary>
internal static class PageGlyphs
{
    // Text more than this far off an axis (a diagonal "UTKAST" watermark) is no line of the minutes.
    private const double MaxSkewDegrees = 20;

    /// <summary>The letters of each direction of text on the page, the direction with most letters first, with the page's width along it.</summary>
    public static IReadOnlyList<(IReadOnlyList<Glyph> Glyphs, double PageWidth)> Of(Page page)
    {
        var byDirection = new Dictionary<int, List<Letter>>();
        foreach (var letter in page.Letters)
        {
            if (Direction(letter) is not { } quarter) continue;
            if (!byDirection.TryGetValue(quarter, out var list)) byDirection[quarter] = list = [];
            list.Add(letter);
        }
        return byDirection
            .OrderByDescending(d => d.Value.Count(l => !string.IsNullOrWhiteSpace(l.Value)))
            .Select(d => Frame(d.Key, d.Value, page.Width, page.Height))
            .ToList();
    }

    // Quarter turns anticlockwise of the baseline from left-to-right: 0 upright, 1 running up, 2 upside down, 3 running down.
    private static int? Direction(Letter letter)
    {
        var dx = letter.EndBaseLine.X - letter.StartBaseLine.X;
        var dy = letter.EndBaseLine.Y - letter.StartBaseLine.Y;
        if (Math.Abs(dx) + Math.Abs(dy) < 1e-6)
            return letter.TextOrientation switch
            {
                TextOrientation.Horizontal => 0,
                TextOrientation.Rotate270 => 1,
                TextOrientation.Rotate180 => 2,
                TextOrientation.Rotate90 => 3,
                _ => null,
            };
        var degrees = Math.Atan2(dy, dx) * 180 / Math.PI;
        var quarter = (int)Math.Round(degrees / 90);
        if (Math.Abs(degrees - quarter * 90) > MaxSkewDegrees) return null;
        return ((quarter % 4) + 4) % 4;
    }

    private static (IReadOnlyList<Glyph>, double) Frame(int quarter, List<Letter> letters, double width, double height)
    {
        // d: the direction text runs in; n: the direction the next line is in (d turned a quarter clockwise).
        var (dx, dy) = quarter switch { 0 => (1, 0), 1 => (0, 1), 2 => (-1, 0), _ => (0, -1) };
        var (nx, ny) = (dy, -dx);
        double[] cornersX = [0, width], cornersY = [0, height];
        var corners = cornersX.SelectMany(x => cornersY.Select(y => (x, y))).ToList();
        var left = corners.Min(c => c.x * dx + c.y * dy);
        var top = corners.Min(c => c.x * nx + c.y * ny);
        var pageWidth = corners.Max(c => c.x * dx + c.y * dy) - left;

        var glyphs = letters
            .Where(l => !string.IsNullOrEmpty(l.Value) && !l.Value.Any(char.IsControl))
            .Select(l => new Glyph(
                l.Value,
                l.StartBaseLine.X * dx + l.StartBaseLine.Y * dy - left,
                l.EndBaseLine.X * dx + l.EndBaseLine.Y * dy - left,
                l.StartBaseLine.X * nx + l.StartBaseLine.Y * ny - top,
                l.PointSize > 0 ? l.PointSize : Math.Max(1, l.BoundingBox.Height)))
            .ToList();
        return (glyphs, pageWidth);
    }
}
