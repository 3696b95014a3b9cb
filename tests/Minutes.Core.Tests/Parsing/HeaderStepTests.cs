using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>The header's named steps, each on the smallest header that shows it.</summary>
public class HeaderStepTests
{
    private static Header Read(string[] lines, params string[] runningHeads) =>
        HeaderBlock.Read(lines.Select(l => new SourceLine(l, 1, false)).ToList(), lines.Length, runningHeads);

    [Fact]
    public void A_diary_number_loses_its_label() =>
        Assert.Equal("HSN 2025-0125", Read(["MÖTESANTECKNINGAR", "Dnr: HSN 2025-0125", "", "Rådet", "", "Datum: 2025-06-12"]).DiaryNumber);

    [Fact]
    public void The_kind_line_may_carry_the_title() =>
        Assert.Equal("Hälso- och sjukvårdsnämnden", Read(["PROTOKOLL Hälso- och sjukvårdsnämnden", "Datum: 2025-06-12"]).Title);

    [Fact]
    public void The_letterhead_above_the_kind_is_organisation_then_department()
    {
        var header = Read(["Region Stockholm", "Hälso- och sjukvårdsförvaltningen", "", "MÖTESANTECKNINGAR", "", "Rådet", "", "Datum: 2025-06-12"]);

        Assert.Equal(("Region Stockholm", "Hälso- och sjukvårdsförvaltningen"), (header.Organization, header.Department));
        Assert.Equal(DocumentType.Motesanteckningar, header.DocumentType);
    }

    [Fact]
    public void A_headerless_document_takes_its_issuer_from_a_running_foot()
    {
        var header = Read(["Minnesanteckningar från mötet tisdagen den 18 november 2025 kl. 13.00–15.00."],
            "Hälso- och sjukvårdsförvaltningen, Avdelning närsjukvård");

        Assert.Equal(("Hälso- och sjukvårdsförvaltningen", "Avdelning närsjukvård"), (header.Organization, header.Department));
    }

    [Fact]
    public void The_opening_sentence_gives_kind_date_and_time()
    {
        var header = Read(["Minnesanteckningar från mötet tisdagen den 18 november 2025 kl. 13.00–15.00."]);

        Assert.Equal(DocumentType.Motesanteckningar, header.DocumentType);
        Assert.Equal(new DateOnly(2025, 11, 18), header.Date);
        Assert.Equal((new TimeOnly(13, 0), new TimeOnly(15, 0)), (header.StartTime, header.EndTime));
    }

    [Fact]
    public void An_unlabelled_date_is_taken_with_a_warning()
    {
        var header = Read(["MÖTESANTECKNINGAR", "", "Rådet", "den 3 februari 2026"]);

        Assert.Equal(new DateOnly(2026, 2, 3), header.Date);
        Assert.Contains(header.Warnings, w => w.Contains("not labelled"));
    }

    [Fact]
    public void A_kind_alone_in_the_right_column_heads_a_letterhead_in_two_columns()
    {
        SourceLine[] lines =
        [
            new("PROTOKOLL", 1, false, 60),
            new("Region Stockholm                  Nr 2/2027", 1, false),
            new("Trafiknämnden                     Sida 1 av 2", 1, false),
            new("Dnr TN 2027-0112", 1, false, 60),
            new("", 1, false),
            new("Beredningen för tillgänglighet", 1, false),
            new("", 1, false),
            new("Datum     2027-02-09", 1, false),
        ];
        var header = HeaderBlock.Read(lines, lines.Length, []);

        Assert.Equal(("Region Stockholm", "Trafiknämnden"), (header.Organization, header.Department));
        Assert.Equal("Beredningen för tillgänglighet", header.Title);
        Assert.Equal(DocumentType.Protokoll, header.DocumentType);
    }

    [Fact]
    public void Sammanträde_labels_the_meeting_day_and_time_and_ends_the_title()
    {
        var header = Read(["PROTOKOLL", "", "Beredningen för tillgänglighet", "", "Sammanträde       Tisdagen den 9 februari 2027, kl. 13.00–15.30"]);

        Assert.Equal("Beredningen för tillgänglighet", header.Title);
        Assert.Equal(new DateOnly(2027, 2, 9), header.Date);
        Assert.Equal((new TimeOnly(13, 0), new TimeOnly(15, 30)), (header.StartTime, header.EndTime));
        Assert.DoesNotContain(header.Warnings, w => w.Contains("not labelled"));
    }

    [Theory]
    [InlineData("Sammanträde med seniorrådet")]
    [InlineData("Sammanträdet öppnas")]
    public void Sammanträde_opening_a_phrase_is_no_label(string line) => Assert.Null(Labels.Match(line));
}
