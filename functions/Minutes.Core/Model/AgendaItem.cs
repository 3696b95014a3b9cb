namespace Minutes.Model;

/// <summary>A numbered item of the minutes; Number is the printed number ("3", "3.1", "12" for "§ 12").</summary>
public sealed record AgendaItem
{
    public string Number { get; init; } = "";
    public string Title { get; init; } = "";
    public IReadOnlyList<string> Presenters { get; init; } = [];
    public string Body { get; init; } = "";
    public IReadOnlyList<string> Decisions { get; init; } = [];
    public IReadOnlyList<Question> Questions { get; init; } = [];
}

public sealed record Question(string Text, string? Answer);
