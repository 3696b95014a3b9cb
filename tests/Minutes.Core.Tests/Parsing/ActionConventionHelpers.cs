using Minutes.Model;

namespace Minutes.Tests.Parsing;

/// <summary>The actions of a small document whose item 2 holds the given paragraphs.</summary>
internal static class ActionsOf
{
    public static IReadOnlyList<ActionItem> Item2(params string[] paragraphs) =>
        ItemNumberFormsTests.Parse(["MINNESANTECKNINGAR", "", "Seniorrådet i Solby", "", "Datum: 2026-03-10", "",
            "1) Inledning", "", "Mötet öppnades.", "", "2) Hörselvården", "", .. paragraphs.SelectMany(p => new[] { p, "" }), "3) Övrigt", "", "Inget."])
            .ActionItems;
}
