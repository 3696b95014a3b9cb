using Minutes.Agenda;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>The one vocabulary the rules build from: each list once, and the rules reading it agree with it.</summary>
public class VocabularyTests
{
    [Fact]
    public void The_months_are_twelve_in_calendar_order()
    {
        Assert.Equal(12, Vocabulary.Months.Length);
        Assert.Equal("januari", Vocabulary.Months[0]);
        Assert.Equal("december", Vocabulary.Months[^1]);
    }

    [Fact]
    public void Every_month_reads_as_its_number_in_a_date_and_writes_back_the_same()
    {
        for (var month = 1; month <= 12; month++)
        {
            var name = Vocabulary.Months[month - 1];
            Assert.Equal(month, SwedishDates.Month(name));
            Assert.Equal(new DateOnly(2026, month, 3), SwedishDates.FirstDate($"den 3 {name} 2026"));
            Assert.Equal($"3 {name} 2026", SwedishText.Date(new DateOnly(2026, month, 3)));
        }
    }

    [Theory]
    [InlineData("3 jan 2026", 1)]
    [InlineData("3 sept. 2026", 9)]
    [InlineData("3 okt 2026", 10)]
    public void A_date_may_shorten_its_month(string text, int month) =>
        Assert.Equal(new DateOnly(2026, month, 3), SwedishDates.FirstDate(text));

    [Theory]
    [InlineData("Datum: 3 mars -26")]
    [InlineData("3 mars '26, kl. 10")]
    public void A_date_may_shorten_its_year_after_a_dash_or_apostrophe(string text) =>
        Assert.Equal(new DateOnly(2026, 3, 3), SwedishDates.FirstDate(text));

    [Fact]
    public void The_weekdays_are_each_stem_as_a_day_and_as_the_day()
    {
        Assert.Equal(14, Vocabulary.Weekdays.Length);
        Assert.Contains("tisdag", Vocabulary.Weekdays);
        Assert.Contains("torsdagen", Vocabulary.Weekdays);
    }

    [Fact]
    public void An_agenda_writes_each_day_of_the_week_from_the_vocabulary()
    {
        Assert.Equal("Söndagen den 1 mars 2026", SwedishText.DayAndDate(new DateOnly(2026, 3, 1)));
        Assert.Equal("Måndagen den 2 mars 2026", SwedishText.DayAndDate(new DateOnly(2026, 3, 2)));
        Assert.Equal("Lördagen den 7 mars 2026", SwedishText.DayAndDate(new DateOnly(2026, 3, 7)));
    }

    [Theory]
    [InlineData("Talla Alkurdi (S)")]
    [InlineData("Talla Alkurdi (KD)")]
    [InlineData("Talla Alkurdi (Fi)")]
    [InlineData("Talla Alkurdi (-)")]
    public void A_party_after_a_name_is_no_part_of_it(string phrase) =>
        Assert.Equal("Talla Alkurdi", Names.Clean(phrase));

    [Fact]
    public void The_kinds_of_minutes_include_each_kind_name_and_the_extract()
    {
        foreach (var kind in Vocabulary.KindNames.Split('|')) Assert.Contains(kind, Vocabulary.DocumentKinds);
        Assert.Contains(Vocabulary.ExtractKind, Vocabulary.DocumentKinds);
    }

    [Theory]
    [InlineData("Närvarande ledamöter: Anna Berg", "Närvarande ledamöter", true)]
    [InlineData("Närvarande: Anna Berg", "Närvarande", true)]
    [InlineData("Tid och plats: kl. 13.00, Rum A", "Tid och plats", false)]
    [InlineData("Tid: 13.00–15.00", "Tid", false)]
    public void A_label_that_begins_another_does_not_take_its_lines(string line, string label, bool attendees)
    {
        Assert.Equal(label, Labels.Match(line)?.Label);
        Assert.Equal(attendees, Labels.IsAttendeeLabel(label));
    }
}
