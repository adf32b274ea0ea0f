namespace Microsoft.Xrm.Sdk;

/// <summary>Writes lines to the plugin trace log.</summary>
public interface ITracingService
{
    /// <summary>Writes one formatted line.</summary>
    void Trace(string format, params object[] args);
}
