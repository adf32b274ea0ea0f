using System;
using System.CommandLine;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.IO;

namespace CrmEnablement.Cli.Commands;

/// <summary>
/// Runs the body of a command that may talk to an environment: output passes through a
/// <see cref="SecretRedactor"/>, and failures become the documented exit codes (2 input, 4
/// environment, 1 unexpected, 130 stopped by Ctrl+C before anything could finish).
/// </summary>
internal static class RemoteCommandRunner
{
    /// <summary>How long Ctrl+C waits for the batches in flight: one attempt's limit and a margin.</summary>
    public static readonly TimeSpan TerminationGrace = TimeSpan.FromSeconds(150);

    public static async Task<int> RunAsync(CliContext context, ParseResult result, Func<CliContext, SecretRedactor, Task<int>> body)
    {
        // Read by System.CommandLine after the action starts: give in-flight batches time to finish.
        result.InvocationConfiguration.ProcessTerminationTimeout = TerminationGrace;
        var redactor = new SecretRedactor();
        using var output = new RedactingTextWriter(context.Out, redactor);
        using var error = new RedactingTextWriter(context.Error, redactor);
        var safe = context with { Out = output, Error = error };
        try
        {
            return await body(safe, redactor).ConfigureAwait(false);
        }
        catch (InputException problem)
        {
            foreach (var line in problem.Problems)
            {
                error.WriteLine(line);
            }

            return ExitCodes.InvalidInput;
        }
        catch (EnvironmentException problem)
        {
            error.WriteLine(problem.Message);
            return ExitCodes.EnvironmentFailure;
        }
        catch (OperationCanceledException)
        {
            error.WriteLine(CliMessages.Stopped);
            return ExitCodes.Cancelled;
        }
        catch (Exception problem)
        {
            error.WriteLine(problem is ProtocolException ? problem.Message : CliMessages.Unexpected(problem.Message));
            error.WriteLine(result.GetValue<bool>(CommonOptions.VerboseName) ? problem.ToString() : CliMessages.VerboseHint);
            return ExitCodes.Unexpected;
        }
    }

    /// <summary>The connection the options and environment describe; its secrets are masked from now on.</summary>
    public static DataverseConnection Resolve(ConnectionOptions options, ParseResult result, SecretRedactor redactor)
    {
        var settings = options.Read(result);
        redactor.Add(new[] { settings.Token, settings.ClientSecret }.Where(value => value is not null).Select(value => value!));
        var connection = ConnectionResolver.Resolve(settings, Environment.GetEnvironmentVariable);
        redactor.Add(connection.Secrets);
        return connection;
    }
}
