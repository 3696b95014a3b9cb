using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Minutes.Agenda;

/// <summary>
/// The draft as a Word document a secretary edits: real Title/Heading styles and a real numbered list (a numbering
/// definition the items refer to), so Word renumbers when items are moved, added or removed. Every text goes through
/// <see cref="OutputText.ForXml"/>: a character XML 1.0 forbids would make the file unwritable.
/// </summary>
public static class DocxAgenda
{
    private const int ItemsList = 1;
    private const int LinesList = 2;

    public static void Render(AgendaDraft draft, Stream output)
    {
        using var document = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        AddStyles(main);
        AddNumbering(main);
        var body = new Body();
        body.Append(Paragraph("Dagordning", "Title"));
        body.Append(Paragraph(draft.SeriesTitle ?? draft.SeriesId, "Heading1"));
        body.Append(Paragraph($"Datum: {SwedishText.DayAndDate(draft.Date)}"));
        if (draft.StartTime is not null) body.Append(Paragraph($"Tid: {SwedishText.Time(draft.StartTime, draft.EndTime)}"));
        if (draft.Location is not null) body.Append(Paragraph($"Plats: {draft.Location}"));
        if (draft.Invited.Count > 0)
        {
            body.Append(Paragraph("Kallade", "Heading2"));
            foreach (var group in draft.Invited.GroupBy(a => a.Organization))
                body.Append(Paragraph((group.Key is null ? "" : group.Key + ": ") + string.Join(", ", group.Select(a => a.Name))));
        }
        body.Append(Paragraph("Ärenden", "Heading2"));
        foreach (var item in draft.Items)
        {
            body.Append(ListParagraph(item.Title, ItemsList, 0));
            foreach (var line in item.Lines) body.Append(ListParagraph(line, LinesList, 0));
        }
        body.Append(new SectionProperties(new PageSize { Width = 11906, Height = 16838 }, new PageMargin { Top = 1417, Bottom = 1417, Left = 1417, Right = 1417 }));
        main.Document = new Document(body);
        main.Document.Save();
    }

    private static Paragraph Paragraph(string text, string? style = null)
    {
        var p = new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(OutputText.ForXml(text)) { Space = SpaceProcessingModeValues.Preserve }));
        if (style is not null) p.PrependChild(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        return p;
    }

    private static Paragraph ListParagraph(string text, int numberingId, int level) =>
        new(new ParagraphProperties(new ParagraphStyleId { Val = "ListParagraph" },
                new NumberingProperties(new NumberingLevelReference { Val = level }, new NumberingId { Val = numberingId })),
            new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(OutputText.ForXml(text)) { Space = SpaceProcessingModeValues.Preserve }));

    private static void AddStyles(MainDocumentPart main)
    {
        var styles = main.AddNewPart<StyleDefinitionsPart>();
        styles.Styles = new Styles(
            new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
                new RunFonts { Ascii = "Arial", HighAnsi = "Arial" }, new FontSize { Val = "22" }, new Languages { Val = "sv-SE" }))),
            Style("Normal", "Normal", null, null, false),
            Style("Title", "Title", 40, null, true),
            Style("Heading1", "heading 1", 32, 0, true),
            Style("Heading2", "heading 2", 26, 1, true),
            Style("ListParagraph", "List Paragraph", null, null, false));
        styles.Styles.Save();
    }

    private static Style Style(string id, string name, int? halfPoints, int? outlineLevel, bool bold)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id, Default = id == "Normal" ? true : null };
        style.Append(new StyleName { Val = name });
        if (id != "Normal") style.Append(new BasedOn { Val = "Normal" }, new NextParagraphStyle { Val = "Normal" }, new PrimaryStyle());
        var paragraph = new StyleParagraphProperties(new SpacingBetweenLines { After = "120" });
        if (outlineLevel is not null) paragraph.Append(new KeepNext(), new OutlineLevel { Val = outlineLevel });
        style.Append(paragraph);
        var run = new StyleRunProperties();
        if (bold) run.Append(new Bold());
        if (halfPoints is not null) run.Append(new FontSize { Val = halfPoints.ToString() });
        style.Append(run);
        return style;
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        part.Numbering = new Numbering(
            Abstract(ItemsList, NumberFormatValues.Decimal, "%1.", 360),
            Abstract(LinesList, NumberFormatValues.Bullet, "–", 720),
            new NumberingInstance(new AbstractNumId { Val = ItemsList }) { NumberID = ItemsList },
            new NumberingInstance(new AbstractNumId { Val = LinesList }) { NumberID = LinesList });
        part.Numbering.Save();
    }

    private static AbstractNum Abstract(int id, NumberFormatValues format, string text, int indent) =>
        new(new MultiLevelType { Val = MultiLevelValues.SingleLevel },
            new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format }, new LevelText { Val = text },
                new LevelJustification { Val = LevelJustificationValues.Left },
                new PreviousParagraphProperties(new Indentation { Left = indent.ToString(), Hanging = "360" })) { LevelIndex = 0 })
        { AbstractNumberId = id };
}
