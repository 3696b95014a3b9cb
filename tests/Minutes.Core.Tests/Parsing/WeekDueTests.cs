using Minutes.Model;
using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

/// <summary>
/// A due given as a week ("vecka 42", "v. 9", in a sentence or a När column) is the ISO week, the model's "ISO period":
/// the next such week from the meeting's own on, unless the year is written.
/// </summary>
public class WeekDueTests
{
    [Theory]
    [InlineData("Anna redovisar den för gruppen vecka 42.", 2026, 9, 16, "2026-W42")]
    [InlineData("Sekreteraren skickar arbetsplanen till ledamöterna senast vecka 9.", 2026, 11, 20, "2027-W09")]
    [InlineData("Kansliet mejlar underlaget v. 12.", 2027, 2, 3, "2027-W12")]
    [InlineData("Förvaltningen återkommer v42.", 2026, 9, 16, "2026-W42")]
    [InlineData("Regionen återkommer vecka 3 2028.", 2026, 9, 16, "2028-W03")]
    [InlineData("Teamen besöker boendena vecka 43–46.", 2026, 9, 16, "2026-W46")]
    [InlineData("Svaret kommer samma vecka, vecka 38.", 2026, 9, 16, "2026-W38")]
    public void A_week_is_due_as_the_iso_week_to_come(string sentence, int year, int month, int day, string due) =>
        Assert.Equal(due, DueDates.Read(sentence, new DateOnly(year, month, day)));

    [Theory]
    [InlineData("Kallelsen skickas ut senast en vecka före varje möte.")]
    [InlineData("Svaret kommer inom veckan.")]
    public void A_week_with_no_number_is_no_week_due(string sentence) =>
        Assert.Null(DueDates.Read(sentence, new DateOnly(2026, 9, 16)));

    [Fact]
    public void A_week_in_a_when_column_is_read_as_a_value() =>
        Assert.Equal("2026-W44", DueDates.ReadValue("v. 44", new DateOnly(2026, 9, 16)));

    [Fact]
    public void A_week_without_a_meeting_date_or_year_has_no_due() =>
        Assert.Null(DueDates.Read("Anna redovisar den vecka 42.", null));

    [Theory]
    [InlineData("2026-W42", "2026-10-12", "2026-10-18")]
    [InlineData("2027-W01", "2027-01-04", "2027-01-10")]
    [InlineData("2026-W53", "2026-12-28", "2027-01-03")]
    public void An_iso_week_due_runs_monday_to_sunday(string due, string start, string end) =>
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end)), (DuePeriod.Start(due)!.Value, DuePeriod.End(due)!.Value));

    [Theory]
    [InlineData("2027-W53")]
    [InlineData("2026-W00")]
    [InlineData("2026-W54")]
    public void A_week_the_year_does_not_have_is_no_period(string due) => Assert.Null(DuePeriod.Start(due));
}
