using Minutes.FollowUps;
using Minutes.Model;

namespace Minutes.Tests.FollowUps;

public sealed class FollowUpLinkerTests
{
    private static readonly DateOnly Earlier = new(2025, 9, 10);
    private static readonly DateOnly Later = new(2025, 11, 26);

    private static OpenCommitment Commitment(string text, string? owner = "Förvaltningen", string? due = "next-meeting") =>
        new("rad.2025-09-10.a3-1", text, owner, due, "rad.2025-09-10", Earlier, "3");

    private static AgendaItem Item(string number, string title, string body, params string[] presenters) =>
        new() { Number = number, Title = title, Body = body, Presenters = presenters };

    private static Meeting Meeting(params AgendaItem[] items) => new()
    {
        Id = "rad.2025-11-26",
        SeriesId = "rad",
        Date = Later,
        AgendaItems = [Item("1", "Mötets öppnande", "Ordföranden öppnar mötet. Dagordningen godkänns."), .. items],
        Attendees = [new("Helena Ek", "Förvaltningen"), new("Cecilia Franzén", "Förvaltningen"), new("Gunnel Holm", "SPF Seniorerna")],
    };

    private static readonly AgendaItem Budget =
        Item("5", "Budget för 2026", "Nämnden har fastställt budgeten. Kostnaderna för hyror och löner ökar.", "Cecilia Franzén");

    [Fact]
    public void Stems_match_across_inflections()
    {
        Assert.Equal(SwedishStems.Of("väntetiderna på vårdcentralerna"), SwedishStems.Of("väntetiden på vårdcentralen"));
        Assert.Equal(SwedishStems.Of("synpunkterna på rutinen"), SwedishStems.Of("synpunkter på rutiner"));
        Assert.Equal(SwedishStems.Of("tandvårdsstödet"), SwedishStems.Of("tandvårdsstöd"));
    }

    [Fact]
    public void Procedural_and_stop_words_are_not_subject()
    {
        Assert.Equal(["tandvårdsstöd"], SwedishStems.Of("Förvaltningen återkommer till nästa möte om tandvårdsstödet"));
    }

    [Fact]
    public void An_item_on_the_same_subject_in_other_inflections_reports_the_commitment_back()
    {
        var commitment = Commitment("Förvaltningen återkommer med väntetiderna på akutmottagningarna för de äldsta patienterna.");
        var later = Meeting(
            Item("3", "Väntetider på akutmottagningen", "Helena Ek redovisar väntetiden på akutmottagningen för äldre patienter. Den var fem timmar i oktober.", "Helena Ek"),
            Budget);

        var followUp = Assert.Single(FollowUpLinker.Link([commitment], later));

        Assert.Equal("3", followUp.AgendaItemNumber);
        Assert.Equal("rad.2025-11-26", followUp.MeetingId);
        Assert.Equal(Later, followUp.MeetingDate);
        Assert.True(followUp.Reported, $"{followUp.Confidence}");
        Assert.Contains("väntetiden på akutmottagningen", followUp.Excerpt);
    }

    [Fact]
    public void A_presenter_who_is_the_owner_raises_the_confidence()
    {
        var commitment = Commitment("Helena Ek tar fram en sammanställning av avgifterna för hjälpmedel.", owner: "Helena Ek");
        AgendaItem Report(string presenter) =>
            Item("4", "Avgifter för hjälpmedel", "En sammanställning av avgifterna per hjälpmedelsgrupp har skickats ut.", presenter);

        var byOwner = FollowUpLinker.Link([commitment], Meeting(Report("Helena Ek"), Budget)).Single();
        var byOther = FollowUpLinker.Link([commitment], Meeting(Report("Gunnel Holm"), Budget)).Single();

        Assert.Equal(1, byOwner.Signals.Owner);
        Assert.Equal(0, byOther.Signals.Owner);
        Assert.True(byOwner.Confidence > byOther.Confidence);
    }

    [Fact]
    public void An_organisation_owns_what_its_people_present()
    {
        var commitment = Commitment("Förvaltningen återkommer om tandvårdsstödet för äldre.");
        var later = Meeting(Item("4", "Tandvårdsstöd för äldre", "Stödet har fått en egen sida på 1177.", "Cecilia Franzén"), Budget);

        Assert.Equal(0.7, FollowUpLinker.Link([commitment], later).Single().Signals.Owner);
    }

    [Fact]
    public void A_distractor_on_a_nearby_subject_is_not_linked_but_the_report_is()
    {
        var commitment = Commitment("Förvaltningen undersöker om vaccinationsbussen kan stanna i Skärholmen och Rinkeby.", due: null);
        var distractor = Item("3", "Vaccinationer hösten 2025",
            "Drygt 60 procent av invånarna över 75 år har vaccinerat sig mot influensa. Väntetiden på mottagningarna var kort.", "Helena Ek");

        var alone = FollowUpLinker.Link([commitment], Meeting(distractor, Budget)).SingleOrDefault();
        Assert.False(alone?.Reported ?? false, $"{alone}");

        var report = Item("6", "Vaccinationsbussen i ytterstaden",
            "Bussen stannade i Skärholmen och Rinkeby två dagar var i oktober, och 800 personer vaccinerades där.", "Helena Ek");
        var both = FollowUpLinker.Link([commitment], Meeting(distractor, report, Budget)).Single();
        Assert.Equal("6", both.AgendaItemNumber);
        Assert.True(both.Reported, $"{both.Confidence}");
    }

    [Fact]
    public void A_reminder_that_the_answer_has_not_come_is_not_a_report()
    {
        var commitment = Commitment("Tomas Nyberg ska kontakta Trafikförvaltningen om färdtjänst till dagrehabilitering.", owner: "Tomas Nyberg", due: "2025-11");
        var later = Meeting(Item("6", "Övriga frågor",
            "Rune Axelsson påminner om frågan om färdtjänst till dagrehabilitering. Något besked har ännu inte kommit."), Budget);

        var followUp = FollowUpLinker.Link([commitment], later).SingleOrDefault();

        Assert.False(followUp?.Reported ?? false, $"{followUp}");
        Assert.Equal(1, followUp?.Signals.Pending);
    }

    [Fact]
    public void A_commitment_not_yet_due_weighs_less_than_one_due_at_this_meeting()
    {
        var later = Meeting(Item("4", "Tandvårdsstöd för äldre", "Informationen om tandvårdsstödet på 1177 har skrivits om.", "Cecilia Franzén"), Budget);
        var due = FollowUpLinker.Link([Commitment("Informationen om tandvårdsstödet ses över.", due: "2025-11")], later).Single();
        var notYet = FollowUpLinker.Link([Commitment("Informationen om tandvårdsstödet ses över.", due: "2026-Q2")], later).Single();

        Assert.True(due.Confidence > notYet.Confidence);
    }

    [Fact]
    public void A_report_back_cue_adds_weight()
    {
        var commitment = Commitment("Förvaltningen tar fram statistik över hembesöken i Norrtälje.");
        var plain = FollowUpLinker.Link([commitment], Meeting(Item("3", "Hembesök", "Hembesöken i Norrtälje ökade under hösten."), Budget)).Single();
        var cued = FollowUpLinker.Link([commitment], Meeting(Item("3", "Hembesök", "Som utlovades: hembesöken i Norrtälje ökade under hösten."), Budget)).Single();

        Assert.Equal(1, cued.Signals.Cue);
        Assert.True(cued.Confidence > plain.Confidence);
    }

    [Fact]
    public void Commitments_of_the_same_or_a_later_meeting_are_not_compared()
    {
        var later = Meeting(Item("3", "Väntetider på akutmottagningen", "Väntetiden var fem timmar.", "Helena Ek"));
        var same = new OpenCommitment("rad.2025-11-26.a3-1", "Väntetiderna på akutmottagningen följs upp.", null, null, "rad.2025-11-26", Later, "3");
        var after = same with { ActionItemId = "rad.2026-03-11.a3-1", MeetingId = "rad.2026-03-11", MeetingDate = new DateOnly(2026, 3, 11) };

        Assert.Empty(FollowUpLinker.Link([same, after], later));
    }

    [Fact]
    public void A_commitment_without_a_subject_gets_no_follow_up()
    {
        var later = Meeting(Item("3", "Väntetider på akutmottagningen", "Väntetiden var fem timmar.", "Helena Ek"));

        Assert.Empty(FollowUpLinker.Link([Commitment("Karin Ström tar med sig frågan.", owner: "Karin Ström")], later));
    }

    [Fact]
    public void The_excerpt_is_one_or_two_sentences_of_the_item()
    {
        var commitment = Commitment("Förvaltningen återkommer med antalet vårdplatser inom geriatriken.");
        var later = Meeting(Item("5", "Geriatriken",
            "Vintern var svår. Antalet vårdplatser inom geriatriken har ökat med tolv sedan i höstas. Beläggningen ligger över 95 procent. Fler platser öppnar 2027.",
            "Helena Ek"));

        var excerpt = FollowUpLinker.Link([commitment], later).Single().Excerpt;

        Assert.Equal("Antalet vårdplatser inom geriatriken har ökat med tolv sedan i höstas. Beläggningen ligger över 95 procent.", excerpt);
    }

    [Fact]
    public void Open_commitments_are_read_from_a_stored_meeting()
    {
        var meeting = new Meeting
        {
            Id = "rad.2025-09-10", Date = Earlier,
            ActionItems =
            [
                new ActionItem { Id = "rad.2025-09-10.a3-1", AgendaItemNumber = "3", Text = "Förvaltningen återkommer.", Owner = "Förvaltningen", Due = "next-meeting" },
                new ActionItem { Id = "rad.2025-09-10.a4-1", AgendaItemNumber = "4", Text = "Klart.", Status = ActionStatus.Done },
            ],
        };

        var open = Assert.Single(OpenCommitment.Of(meeting));
        Assert.Equal(new OpenCommitment("rad.2025-09-10.a3-1", "Förvaltningen återkommer.", "Förvaltningen", "next-meeting", "rad.2025-09-10", Earlier, "3"), open);
    }
}
