using System.Collections.Generic;
using System.Linq;

namespace XrmStandIn.Tests.Surface;

public static partial class ExpectedSurface
{
    // The four shapes shared by Log and each Log<Level> method (reference §5.1).
    private static readonly string[] LogShapes =
    [
        "EventId eventId, Exception exception, string message, params object[] args",
        "EventId eventId, string message, params object[] args",
        "Exception exception, string message, params object[] args",
        "string message, params object[] args",
    ];

    // Reference §5.1–5.3 (ILoggerFactory, §5.4, has no known members and is left out).
    private static IEnumerable<TypeShape> TelemetryTypes() =>
    [
        new(Telemetry + "ILogger", "public interface ILogger", LoggerMembers().ToArray()),
        new(Telemetry + "EventId", "public class EventId",
            "public EventId(int id, string name = null)",
            "public int Id { get; }",
            "public string Name { get; }"),
        new(Telemetry + "LogLevel", "public enum LogLevel",
            "Trace = 0", "Debug = 1", "Information = 2", "Warning = 3", "Error = 4", "Critical = 5", "None = 6"),
    ];

    private static IEnumerable<string> LoggerMembers()
    {
        yield return "IDisposable BeginScope<TState>(TState state)";
        yield return "IDisposable BeginScope(string messageFormat, params object[] args)";
        yield return "bool IsEnabled(LogLevel logLevel)";
        yield return "void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter)";
        foreach (var shape in LogShapes)
        {
            yield return "void Log(LogLevel logLevel, " + shape + ")";
        }

        foreach (var level in new[] { "Critical", "Debug", "Error", "Information", "Trace", "Warning" })
        {
            foreach (var shape in LogShapes)
            {
                yield return "void Log" + level + "(" + shape + ")";
            }
        }

        yield return "void LogMetric(string metricName, long value)";
        yield return "void LogMetric(string metricName, IDictionary<string, string> metricDimensions, long value)";
        yield return "void AddCustomProperty(string propertyName, string propertyValue)";
        yield return "void Execute(string activityName, Action action, IEnumerable<KeyValuePair<string, string>> additionalCustomProperties = null)";
        yield return "Task ExecuteAsync(string activityName, Func<Task> action, IEnumerable<KeyValuePair<string, string>> additionalCustomProperties = null)";
    }
}
