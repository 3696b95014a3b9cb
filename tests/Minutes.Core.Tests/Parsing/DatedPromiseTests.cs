namespace Minutes.Tests.Parsing;

public class DatedPromiseTests
{
    [Fact]
    public void A_deadline_between_ska_and_the_verb_makes_a_dated_task()
    {
        var action = Assert.Single(ActionsOf.Item2("Regionen ska senast den 15 april skicka statistiken till rådet."));
        Assert.Equal(("Regionen", "2026-04-15"), (action.Owner, action.Due));
    }

    [Fact]
    public void A_bodys_plain_duty_without_a_deadline_is_no_task() =>
        Assert.Empty(ActionsOf.Item2("Regionen ska erbjuda hörseltester på alla vårdcentraler."));
}
