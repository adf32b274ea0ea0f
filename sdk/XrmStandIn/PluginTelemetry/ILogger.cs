using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Microsoft.Xrm.Sdk.PluginTelemetry;

/// <summary>The plugin logger that writes to Application Insights (not
/// Microsoft.Extensions.Logging's ILogger).</summary>
public interface ILogger
{
    /// <summary>Starts a scope whose state is attached to the entries logged inside it.</summary>
    IDisposable BeginScope<TState>(TState state);

    /// <summary>Starts a scope described by a formatted message.</summary>
    IDisposable BeginScope(string messageFormat, params object[] args);

    /// <summary>Whether entries of <paramref name="logLevel"/> are written.</summary>
    bool IsEnabled(LogLevel logLevel);

    /// <summary>Writes an entry whose text <paramref name="formatter"/> makes from the state.</summary>
    void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter);

    /// <summary>Writes an entry with an event id and an exception.</summary>
    void Log(LogLevel logLevel, EventId eventId, Exception exception, string message, params object[] args);

    /// <summary>Writes an entry with an event id.</summary>
    void Log(LogLevel logLevel, EventId eventId, string message, params object[] args);

    /// <summary>Writes an entry with an exception.</summary>
    void Log(LogLevel logLevel, Exception exception, string message, params object[] args);

    /// <summary>Writes an entry.</summary>
    void Log(LogLevel logLevel, string message, params object[] args);

    /// <summary>Writes a critical entry with an event id and an exception.</summary>
    void LogCritical(EventId eventId, Exception exception, string message, params object[] args);

    /// <summary>Writes a critical entry with an event id.</summary>
    void LogCritical(EventId eventId, string message, params object[] args);

    /// <summary>Writes a critical entry with an exception.</summary>
    void LogCritical(Exception exception, string message, params object[] args);

    /// <summary>Writes a critical entry.</summary>
    void LogCritical(string message, params object[] args);

    /// <summary>Writes a debug entry with an event id and an exception.</summary>
    void LogDebug(EventId eventId, Exception exception, string message, params object[] args);

    /// <summary>Writes a debug entry with an event id.</summary>
    void LogDebug(EventId eventId, string message, params object[] args);

    /// <summary>Writes a debug entry with an exception.</summary>
    void LogDebug(Exception exception, string message, params object[] args);

    /// <summary>Writes a debug entry.</summary>
    void LogDebug(string message, params object[] args);

    /// <summary>Writes a error entry with an event id and an exception.</summary>
    void LogError(EventId eventId, Exception exception, string message, params object[] args);

    /// <summary>Writes a error entry with an event id.</summary>
    void LogError(EventId eventId, string message, params object[] args);

    /// <summary>Writes a error entry with an exception.</summary>
    void LogError(Exception exception, string message, params object[] args);

    /// <summary>Writes a error entry.</summary>
    void LogError(string message, params object[] args);

    /// <summary>Writes a information entry with an event id and an exception.</summary>
    void LogInformation(EventId eventId, Exception exception, string message, params object[] args);

    /// <summary>Writes a information entry with an event id.</summary>
    void LogInformation(EventId eventId, string message, params object[] args);

    /// <summary>Writes a information entry with an exception.</summary>
    void LogInformation(Exception exception, string message, params object[] args);

    /// <summary>Writes a information entry.</summary>
    void LogInformation(string message, params object[] args);

    /// <summary>Writes a trace entry with an event id and an exception.</summary>
    void LogTrace(EventId eventId, Exception exception, string message, params object[] args);

    /// <summary>Writes a trace entry with an event id.</summary>
    void LogTrace(EventId eventId, string message, params object[] args);

    /// <summary>Writes a trace entry with an exception.</summary>
    void LogTrace(Exception exception, string message, params object[] args);

    /// <summary>Writes a trace entry.</summary>
    void LogTrace(string message, params object[] args);

    /// <summary>Writes a warning entry with an event id and an exception.</summary>
    void LogWarning(EventId eventId, Exception exception, string message, params object[] args);

    /// <summary>Writes a warning entry with an event id.</summary>
    void LogWarning(EventId eventId, string message, params object[] args);

    /// <summary>Writes a warning entry with an exception.</summary>
    void LogWarning(Exception exception, string message, params object[] args);

    /// <summary>Writes a warning entry.</summary>
    void LogWarning(string message, params object[] args);

    /// <summary>Writes a metric value.</summary>
    void LogMetric(string metricName, long value);

    /// <summary>Writes a metric value with dimensions.</summary>
    void LogMetric(string metricName, IDictionary<string, string> metricDimensions, long value);

    /// <summary>For internal use by the platform: adds a property to later entries.</summary>
    void AddCustomProperty(string propertyName, string propertyValue);

    /// <summary>For internal use by the platform: runs and logs an activity.</summary>
    void Execute(string activityName, Action action, IEnumerable<KeyValuePair<string, string>> additionalCustomProperties = null);

    /// <summary>For internal use by the platform: runs and logs an asynchronous activity.</summary>
    Task ExecuteAsync(string activityName, Func<Task> action, IEnumerable<KeyValuePair<string, string>> additionalCustomProperties = null);
}
