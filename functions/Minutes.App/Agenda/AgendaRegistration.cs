namespace Minutes.Agenda;

public static class AgendaRegistration
{
    public static IHostApplicationBuilder AddAgenda(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<AgendaOptions>().BindConfiguration(AgendaOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<AgendaDraftStore>();
        builder.Services.AddSingleton<AgendaBuilder>();
        builder.Services.AddSingleton<AgendaScheduler>();
        return builder;
    }
}
