namespace Minutes.Tests.Parsing;

public class CommissionLabelTests
{
    [Fact]
    public void A_commission_label_names_its_owner_and_the_paragraph_is_the_action()
    {
        var action = Assert.Single(ActionsOf.Item2("Uppdrag till kansliet: boka lokal för hösten och meddela ledamöterna senast den 20 maj."));
        Assert.Equal(("Kansliet", "2026-05-20"), (action.Owner, action.Due));
        Assert.StartsWith("Uppdrag till kansliet:", action.Text);
    }
}
