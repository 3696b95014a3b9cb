namespace Minutes;

/// <summary>
/// One executable, several verbs. With no verb it is the Azure Functions custom handler
/// (the host starts it and calls it over HTTP); `run` is the same app on the local stack.
/// </summary>
public static class Cli
{
    public const string Usage = """
        usage: Minutes [verb] [options]
          serve                         custom handler for the Azure Functions host (the default)
          run                           local mode: poll the inbox, fire the agenda timer, serve the API
          read <file> [--engine E]      print the text read from a document (E: auto, text, tesseract, docint)
          parse <file> [--engine E]     print the meeting read from a document as JSON (a .txt is taken as read text)
          agenda <series> [--date D]    build the draft agenda of a series' next meeting (or the one on D) and print it
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        var verb = args.Length == 0 || args[0].StartsWith('-') ? "serve" : args[0];
        var rest = args.Length == 0 || args[0].StartsWith('-') ? args : args[1..];
        switch (verb)
        {
            case "serve":
                await MinutesHost.Build(rest, HostMode.FunctionsHost).RunAsync();
                return 0;
            case "run":
                await MinutesHost.Build(rest, HostMode.Local).RunAsync();
                return 0;
            case "read":
                return await Reading.ReadCommand.RunAsync(rest);
            case "parse":
                return await Parsing.ParseCommand.RunAsync(rest);
            case "agenda":
                return await Agenda.AgendaCommand.RunAsync(rest);
            case "help" or "--help" or "-h":
                Console.WriteLine(Usage);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"unknown verb '{verb}'\n{Usage}");
                return 2;
        }
    }
}
