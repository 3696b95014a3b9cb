using Minutes.Model;

namespace Minutes.Tests.Parsing;

/// <summary>How minutes list their attachments: "Bilaga N" lines, shortened "Bil. N" with wrapped titles, or "Bilagor: 1. …, 2. …".</summary>
public class AttachmentConventionTests
{
    private static readonly string[] Head = ["Minnesanteckningar", "", "Samverkansrådet", "", "Datum: 2026-10-16", "", "1. Inledning", "Mötet öppnades.", "", ""];

    [Fact]
    public void Shortened_attachment_labels_are_attachments_with_their_wrapped_titles()
    {
        var meeting = ParsedLines.Parse([.. Head, "Bilagor", "",
            "Bil. 1   Mobila team – utvärdering september", "         2025–augusti 2026 (bildspel)",
            "Bil. 2   Frågor från SPF Seniorerna 2026-09-28 med svar"]);

        Assert.Equal(
            [new Attachment("Bilaga 1", "Mobila team – utvärdering september 2025–augusti 2026 (bildspel)", null),
             new Attachment("Bilaga 2", "Frågor från SPF Seniorerna 2026-09-28 med svar", new DateOnly(2026, 9, 28))],
            meeting.Attachments);
    }

    [Fact]
    public void A_list_after_the_label_numbers_each_attachment() =>
        Assert.Equal(["Bilaga 1", "Bilaga 2"],
            ParsedLines.Parse([.. Head, "Bilagor: 1. Presentation om vården, 2. Skriftliga svar"]).Attachments.Select(a => a.Label));
}
