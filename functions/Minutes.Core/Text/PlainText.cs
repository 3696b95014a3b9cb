namespace Minutes.Text;

/// <summary>Plain text as read text: pages split at form feeds, one line per line. What a .txt upload and the tests' documents are.</summary>
public static class PlainText
{
    public static DocumentText Read(string text) =>
        new(text.Split('\f').Select((page, i) => new TextPage(i + 1,
            page.Split('\n').Select(l => new TextLine(l.TrimEnd('\r'))).ToList(), "text")).ToList());
}
