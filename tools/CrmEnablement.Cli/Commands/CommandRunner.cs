using System;
using System.CommandLine;
using CrmEnablement.Cli.IO;

namespace CrmEnablement.Cli.Commands;

/// <summary>Runs a command's body and turns failures into the documented exit codes and plain messages.</summary>
internal static class CommandRunner
{
    public static int Run(CliContext context, ParseResult result, Func<int> body)
    {
        try
        {
            return body();
        }
        catch (InputException error)
        {
            foreach (var problem in error.Problems)
            {
                context.Error.WriteLine(problem);
            }

            return ExitCodes.InvalidInput;
        }
        catch (Exception error)
        {
            context.Error.WriteLine(CliMessages.Unexpected(error.Message));
            context.Error.WriteLine(result.GetValue<bool>(CommonOptions.VerboseName) ? error.ToString() : CliMessages.VerboseHint);
            return ExitCodes.Unexpected;
        }
    }
}
