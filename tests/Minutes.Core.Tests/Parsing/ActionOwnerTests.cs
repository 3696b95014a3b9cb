using Minutes.Model;
using Minutes.Parsing;
using Minutes.Text;

namespace Minutes.Tests.Parsing;

public class ActionOwnerTests
{
    private static ActionItem OnlyAction(string sentence)
    {
        var meeting = MinutesParser.Parse(new DocumentText([new TextPage(1, new[]
        {
            "MÖTESANTECKNINGAR", "", "Samverkan om äldrevården", "", "Datum: 2025-03-04", "",
            "1 Inledning", "Mötet öppnas.", "", "2 Vårdval", "Vårdvalet beskrivs.", "", sentence, "", "3 Övriga frågor", "Inga.",
        }.Select(l => new TextLine(l)).ToList(), "text")]));
        return Assert.Single(meeting.ActionItems);
    }

    [Theory]
    [InlineData("Johan Ekström får i uppdrag att sammankalla gruppen.", "Johan Ekström")]
    [InlineData("Rådets organisationer ombeds lämna synpunkter.", "Rådets organisationer")]
    [InlineData("Ledamöterna i nätverket ombeds skicka in exempel.", "Ledamöterna i nätverket")]
    [InlineData("Föreningarna inom rådet ombeds lämna namn på kontaktpersoner.", "Föreningarna inom rådet")]
    [InlineData("SPF Seniorerna tar med sig frågan.", "SPF Seniorerna")]
    [InlineData("Rådet beslutar att uppdra åt sekreteraren att skriva ett yttrande.", "Sekreteraren")]
    [InlineData("Sekreteraren sammanställer ett yttrande som sänds ut till ledamöterna.", "Sekreteraren")]
    [InlineData("Hälso- och sjukvårdsförvaltningen återkommer till rådet med en redovisning.", "Hälso- och sjukvårdsförvaltningen")]
    public void The_actor_named_before_the_cue_owns_the_action(string sentence, string owner) =>
        Assert.Equal(owner, OnlyAction(sentence).Owner);

    [Fact]
    public void A_task_given_to_the_vice_chair_and_the_secretary_is_theirs_together() =>
        Assert.Equal("Vice ordföranden och sekreteraren",
            OnlyAction("Rådet beslutar att uppdra åt vice ordföranden och sekreteraren att sammanställa remissvaret senast den 9 april 2025.").Owner);

    [Fact]
    public void A_time_before_the_cue_is_not_an_owner() =>
        Assert.NotEqual("Nästa vecka", OnlyAction("Nästa vecka återkommer förvaltningen med siffror.").Owner);

    [Theory]
    [InlineData("Åtgärd: Sammanställa väntetider per vårdcentral. Ansvarig: Mikael Thorén. Klart: maj 2025", "Mikael Thorén", "2025-05")]
    [InlineData("Gruppernas anteckningar skickas till deltagarna. Ansvarig: Petra Ulvsjö. Klart: 26/3", "Petra Ulvsjö", "2025-03-26")]
    [InlineData("Åtgärd: Återkoppla till deltagarna. Ansvarig: Jenny Holmqvist. Klart: till nästa dialogmöte", "Jenny Holmqvist", "next-meeting")]
    [InlineData("Åtgärd: Avvikelserna sammanställs per kommun. Ansv: Kerstin Wade och Ingela Strand. Klart: till nästa möte", "Kerstin Wade och Ingela Strand", "next-meeting")]
    [InlineData("Åtgärd: Vårdcentralerna skickar listor till kommunernas MAS. Ansv.: Sara Qvarn. Klart: 15 okt.", "Sara Qvarn", "2025-10-15")]
    public void A_labelled_action_takes_owner_and_due_from_its_labels(string paragraph, string owner, string due)
    {
        var action = OnlyAction(paragraph);
        Assert.Equal((owner, due), (action.Owner, action.Due));
    }
}
