namespace Microsoft.Xrm.Sdk.PluginTelemetry;

/// <summary>Identifies a kind of log event.</summary>
/// <remarks>A class, unlike Microsoft.Extensions.Logging's struct of the same name. Members from
/// the decompiled assembly.</remarks>
public class EventId
{
    /// <summary>Creates an event id with an optional name.</summary>
    public EventId(int id, string name = null)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The number.</summary>
    public int Id { get; }

    /// <summary>The name, if any.</summary>
    public string Name { get; }
}
