namespace Minutes;

/// <summary>FunctionsHost: triggers arrive as invocations from the host. Local: the app drives its own triggers.</summary>
public enum HostMode { FunctionsHost, Local }
