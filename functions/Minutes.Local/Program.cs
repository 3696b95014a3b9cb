namespace Minutes.Local;

/// <summary>`Minutes.Local [verb]`: the development runner (the default) and the command-line tools.</summary>
public static class Program
{
    public const string Usage = """
        usage: Minutes.Local [verb] [options]
          run                           the default: host the functions on the local stack (HTTP API, inbox, timer)
          read <file> [--engine E]      print the text read from a document (E: auto, text, tesseract, docint)
          parse <file> [--engine E]     print the meeting read from a document as JSON (a .txt is taken as read text)
          agenda <series> [--date D]    build the draft agenda of a series' next meeting (or the one on D) and print it
          help                          this list
        """;

    public static async Task<int> Main(string[] args)
    {
        var verb = args.Length == 0 || args[0].StartsWith('-') && args[0] is not ("--help" or "-h") ? "run" : args[0];
        var rest = args.Length > 0 && verb == args[0] ? args[1..] : args;
        switch (verb)
        {
            case "run":
                await LocalRunner.Build(rest).RunAsync();
                return 0;
            case "read":
                return await ReadCommand.RunAsync(rest);
            case "parse":
                return await ParseCommand.RunAsync(rest);
            case "agenda":
                return await AgendaCommand.RunAsync(rest);
            case "help" or "--help" or "-h":
                Console.WriteLine(Usage);
                return 0;
            default:
                await Console.Error.WriteLineAsync($"unknown verb '{verb}'\n{Usage}");
                return 2;
        }
    }
}
