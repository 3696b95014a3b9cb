using Microsoft.AspNetCore.Http.HttpResults;
using Minutes.Api;

namespace Minutes.Agenda;

public static class AgendaApi
{
    public static RouteGroupBuilder MapAgendas(this RouteGroupBuilder api)
    {
        api.MapGet("/series/{seriesId}/agendas", ListAsync).WithName("ListAgendaDrafts").WithSummary("A series' agenda drafts");
        api.MapPost("/series/{seriesId}/agendas/{date}", BuildAsync).WithName("BuildAgendaDraft")
            .WithSummary("Build (or refresh) the draft for the series' meeting on a date now");
        api.MapGet("/agendas/{id}", GetAsync).WithName("GetAgendaDraft").WithSummary("One draft as JSON");
        api.MapGet("/agendas/{id}/markdown", MarkdownAsync).WithName("GetAgendaDraftMarkdown").WithSummary("The draft as Markdown");
        api.MapGet("/agendas/{id}/docx", DocxAsync).WithName("GetAgendaDraftDocx").WithSummary("The draft as an editable Word file");
        api.MapPost("/agendas/{id}/final", MarkFinalAsync).WithName("MarkAgendaDraftFinal")
            .WithSummary("Mark the draft final: the timer leaves it alone from then on");
        return api;
    }

    private static async Task<Ok<List<AgendaDraft>>> ListAsync(string seriesId, AgendaDraftStore drafts, CancellationToken cancellationToken) =>
        TypedResults.Ok(await drafts.ListAsync(seriesId, cancellationToken));

    private static async Task<Results<Ok<AgendaDraft>, ProblemHttpResult, ValidationProblem>> BuildAsync(
        string seriesId, string date, AgendaBuilder builder, CancellationToken cancellationToken)
    {
        if (!DateOnly.TryParseExact(date, "yyyy-MM-dd", out var day))
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["date"] = ["The date is yyyy-MM-dd."] });
        return await builder.BuildAsync(seriesId, day, cancellationToken) is { } draft
            ? TypedResults.Ok(draft)
            : Problems.NotFound($"No series '{seriesId}'.");
    }

    private static async Task<Results<Ok<AgendaDraft>, ProblemHttpResult>> GetAsync(string id, AgendaDraftStore drafts, CancellationToken cancellationToken) =>
        await drafts.FindAsync(id, cancellationToken) is { } draft ? TypedResults.Ok(draft) : NoDraft(id);

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> MarkdownAsync(string id, AgendaDraftStore drafts, CancellationToken cancellationToken) =>
        await drafts.FindAsync(id, cancellationToken) is { } draft
            ? TypedResults.Text(MarkdownAgenda.Render(draft), "text/markdown; charset=utf-8")
            : NoDraft(id);

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DocxAsync(string id, AgendaDraftStore drafts, CancellationToken cancellationToken)
    {
        if (await drafts.FindAsync(id, cancellationToken) is not { } draft) return NoDraft(id);
        using var stream = new MemoryStream();
        DocxAgenda.Render(draft, stream);
        return TypedResults.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"dagordning-{draft.Id}.docx");
    }

    private static async Task<Results<Ok<AgendaDraft>, ProblemHttpResult>> MarkFinalAsync(string id, AgendaDraftStore drafts, CancellationToken cancellationToken) =>
        await drafts.FindAsync(id, cancellationToken) is { } draft
            ? TypedResults.Ok(await drafts.SaveAsync(draft with { Final = true }, cancellationToken))
            : NoDraft(id);

    private static ProblemHttpResult NoDraft(string id) => Problems.NotFound($"No agenda draft '{id}'.");
}
