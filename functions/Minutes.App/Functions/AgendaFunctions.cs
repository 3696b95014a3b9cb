using Microsoft.Azure.Functions.Worker;
using Minutes.Agenda;
using Minutes.Api;
using Minutes.Model;
using Minutes.Storage;

namespace Minutes.Functions;

public sealed class AgendaFunctions(AgendaDraftStore drafts, AgendaBuilder builder, SeriesStore series)
{
    /// <summary>A series' agenda drafts.</summary>
    [Function("ListAgendaDrafts")]
    public async Task<IResult> ListAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "series/{seriesId}/agendas")] HttpRequest request, string seriesId,
        CancellationToken cancellationToken) =>
        TypedResults.Ok(await drafts.ListAsync(seriesId, cancellationToken));

    /// <summary>
    /// Build (or refresh) the draft for the series' meeting on a date now. The date must be on the series' schedule
    /// (409 naming it otherwise: PUT the schedule first), and a final draft is not rebuilt (409 naming the draft).
    /// </summary>
    [Function("BuildAgendaDraft")]
    public async Task<IResult> BuildAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "series/{seriesId}/agendas/{date}")] HttpRequest request,
        string seriesId, string date, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", out var day))
            return Problems.Invalid("date", $"date is yyyy-MM-dd ('{(date.Length > 20 ? date[..20] + "…" : date)}' is not).");
        if (await series.FindAsync(seriesId, cancellationToken) is not { } found) return Problems.NotFound($"No series '{seriesId}'.");
        if (found.Schedule.All(m => m.Date != day))
            return Problems.Conflict("Not on the schedule",
                $"date: {day:yyyy-MM-dd} is not on the schedule of series '{seriesId}'; add it with PUT /api/series/{seriesId}/schedule first.");
        var id = MeetingIds.Meeting(seriesId, day, "");
        if (await drafts.FindAsync(id, cancellationToken) is { Final: true })
            return Problems.Conflict("The draft is final",
                $"Agenda draft '{id}' is final and is not rebuilt; GET /api/agendas/{id} serves it as it was made final.");
        return await builder.BuildAsync(seriesId, day, cancellationToken) is { } draft
            ? TypedResults.Ok(draft)
            : Problems.NotFound($"No series '{seriesId}'.");
    }

    /// <summary>One draft as JSON.</summary>
    [Function("GetAgendaDraft")]
    public async Task<IResult> GetAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "agendas/{id}")] HttpRequest request, string id,
        CancellationToken cancellationToken) =>
        await drafts.FindAsync(id, cancellationToken) is { } draft ? TypedResults.Ok(draft) : NoDraft(id);

    /// <summary>The draft as Markdown.</summary>
    [Function("GetAgendaDraftMarkdown")]
    public async Task<IResult> MarkdownAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "agendas/{id}/markdown")] HttpRequest request, string id,
        CancellationToken cancellationToken) =>
        await drafts.FindAsync(id, cancellationToken) is { } draft
            ? TypedResults.Text(MarkdownAgenda.Render(draft), "text/markdown; charset=utf-8")
            : NoDraft(id);

    /// <summary>The draft as an editable Word file.</summary>
    [Function("GetAgendaDraftDocx")]
    public async Task<IResult> DocxAsync(
        [HttpTrigger(AuthorizationLevel.Function, "get", Route = "agendas/{id}/docx")] HttpRequest request, string id,
        CancellationToken cancellationToken)
    {
        if (await drafts.FindAsync(id, cancellationToken) is not { } draft) return NoDraft(id);
        using var stream = new MemoryStream();
        DocxAgenda.Render(draft, stream);
        return TypedResults.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"dagordning-{draft.Id}.docx");
    }

    /// <summary>Mark the draft final: the timer leaves it alone from then on.</summary>
    [Function("MarkAgendaDraftFinal")]
    public async Task<IResult> MarkFinalAsync(
        [HttpTrigger(AuthorizationLevel.Function, "post", Route = "agendas/{id}/final")] HttpRequest request, string id,
        CancellationToken cancellationToken) =>
        await drafts.FindAsync(id, cancellationToken) is { } draft
            ? TypedResults.Ok(await drafts.SaveAsync(draft with { Final = true }, cancellationToken))
            : NoDraft(id);

    private static IResult NoDraft(string id) => Problems.NotFound($"No agenda draft '{id}'.");
}
