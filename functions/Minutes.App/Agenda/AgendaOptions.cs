using System.ComponentModel.DataAnnotations;

namespace Minutes.Agenda;

/// <summary>Section "Agenda": when the drafts are built and how far ahead.</summary>
public sealed class AgendaOptions
{
    public const string Section = "Agenda";

    /// <summary>Six-field cron (with seconds), in TimeZone; the timer trigger reads the same setting (%Agenda__Cron%).</summary>
    [Required] public string Cron { get; set; } = "0 0 6 * * *";

    /// <summary>Meetings this many days ahead or fewer get a draft.</summary>
    [Range(1, 366)] public int LeadDays { get; set; } = 21;

    [Required] public string TimeZone { get; set; } = "Europe/Stockholm";
}
