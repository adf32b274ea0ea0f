using System.CommandLine;
using System.CommandLine.Parsing;
using CrmEnablement.Cli.Commands;
using CrmEnablement.Cli.Dataverse;

namespace CrmEnablement.Cli;

/// <summary>The <c>cen</c> command line, runnable in-process (tests) or from <see cref="Program"/>.</summary>
public static class CliApp
{
    /// <summary>Shown under <c>cen --help</c>.</summary>
    public const string Description =
        "CrmEnablement: the right enablement content on every opportunity.\n\n" +
        "Exit codes: 0 ok; 1 unexpected failure (add --verbose for details); 2 invalid input or usage;\n" +
        "3 import completed with rejected rows; 4 environment unreachable or sign-in refused; 130 stopped by Ctrl+C.";

    /// <summary>Runs <c>cen</c> with <paramref name="args"/> and returns the exit code.</summary>
    public static int Run(string[] args, CliContext context) => Run(args, context, new DataverseClientOptions());

    /// <summary>Runs <c>cen</c> with the Web API client's retry timing and clock given (tests never really wait).</summary>
    internal static int Run(string[] args, CliContext context, DataverseClientOptions dataverse)
    {
        var root = new RootCommand(Description)
        {
            CommonOptions.Verbose(),
            ValidateCommand.Create(context),
            RecommendCommand.Create(context),
            CatalogCommand.Create(context, dataverse),
            CoverageCommand.Create(context, dataverse),
            AnalyticsCommand.Create(context, dataverse),
            SandboxCommand.Create(context),
            PackCommand.Create(context),
        };
        var result = root.Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                context.Error.WriteLine("cen: " + error.Message);
            }

            context.Error.WriteLine(CliMessages.Usage(CommandPath(result.CommandResult)).Replace("cen  ", "cen "));
            return ExitCodes.InvalidInput;
        }

        return result.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
    }

    /// <summary>The command as typed below <c>cen</c>, e.g. "catalog import"; empty for <c>cen</c> itself.</summary>
    private static string CommandPath(CommandResult command)
    {
        var names = new System.Collections.Generic.List<string>();
        for (SymbolResult? current = command; current is CommandResult { Parent: not null } level; current = level.Parent)
        {
            names.Insert(0, level.Command.Name);
        }

        return string.Join(" ", names);
    }
}
