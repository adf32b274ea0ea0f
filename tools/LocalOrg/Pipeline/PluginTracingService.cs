using System.Collections.Generic;
using System.Globalization;
using LocalOrg.Diagnostics;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Pipeline;

/// <summary>Captures one plugin execution's trace lines, on the execution and in the organization's trace log.</summary>
internal sealed class PluginTracingService : ITracingService
{
    private readonly PluginExecution _execution;
    private readonly List<TraceLine> _log;

    internal PluginTracingService(PluginExecution execution, List<TraceLine> log)
    {
        _execution = execution;
        _log = log;
    }

    public void Trace(string format, params object[] args)
    {
        var line = args is null || args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        _execution.AddTrace(line);
        _log.Add(new TraceLine(_execution.StepName, line));
    }
}
