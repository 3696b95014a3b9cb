using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

/// <summary>Without a kind word in the header, the shape of the lines tells slides from minutes, and a list of attendees overrules it.</summary>
public class SlidesOrMinutesTests
{
    private static Meeting Parse(params string[] lines) => ParsedLines.Parse(lines);

    [Fact]
    public void Narrowly_wrapped_minutes_with_attendees_are_not_slides_though_few_lines_end_a_sentence()
    {
        var meeting = Parse("Region Stockholm", "", "Brukarrådet för syn", "", "Sammanträde den 3 mars 2026",
            "", "Närvarande", "Anna Berg, Synskadades Riksförbund", "Erik Holm, PRO", "Lars Ek, förvaltningen", "",
            "§ 1  Val av justerare", "", "Rådet beslutar att utse Erik Holm att", "jämte ordföranden justera",
            "protokollet.", "", "§ 2  Ledsagning", "", "Lars Ek redogör för hur", "ledsagningen fungerar i", "länet och vad",
            "som ändras under", "våren.", "", "§ 3  Nästa möte", "", "Rådet beslutar att nästa", "möte hålls", "den 5 maj.");

        Assert.NotEqual(DocumentType.Presentation, meeting.DocumentType);
        Assert.Equal(3, meeting.AgendaItems.Count);
    }

    [Fact]
    public void Slides_without_attendees_stay_a_presentation()
    {
        var meeting = Parse("Ledsagning i länet", "Brukarrådet för syn, 3 mars 2026", "", "1. Läget", "• Fler resor",
            "• Längre väntan", "", "2. Förslag", "• Ny upphandling", "• Tätare uppföljning", "", "3. Frågor?");

        Assert.Equal(DocumentType.Presentation, meeting.DocumentType);
    }
}
