using Minutes;

return await Cli.RunAsync(args);
