using Minutes.Parsing;

namespace Minutes.Tests.Parsing;

public class InitialsTests
{
    [Fact]
    public void Initials_in_a_table_resolve_to_the_one_attendee_with_them() =>
        Assert.Equal("Greta Holm", Initials.Resolve("GH", ["Olle Ryd", "Greta Holm", "Ann-Sofi Lind"]));

    [Fact]
    public void Initials_shared_by_two_people_stay_as_printed() =>
        Assert.Null(Initials.Resolve("GH", ["Greta Holm", "Gustav Hed"]));

    [Fact]
    public void A_word_is_no_initials() => Assert.Null(Initials.Resolve("Alla", ["Anna Lind"]));
}
