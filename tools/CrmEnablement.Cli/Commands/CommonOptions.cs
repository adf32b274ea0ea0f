using System.CommandLine;

namespace CrmEnablement.Cli.Commands;

/// <summary>Options more than one command shares.</summary>
internal static class CommonOptions
{
    /// <summary>Adds stack traces to unexpected failures.</summary>
    public const string VerboseName = "--verbose";

    public static Option<bool> Verbose() => new(VerboseName)
    {
        Description = "Show full details when something unexpected fails.",
        Recursive = true,
    };

    public static Option<string> Catalog() => new("--catalog")
    {
        Description = "The catalogue CSV (id,title,url,... with a header line).",
        Required = true,
    };
}
