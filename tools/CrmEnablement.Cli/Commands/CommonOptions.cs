using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Linq;

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

    /// <summary>
    /// Reads an option's value as a whole number, so "--top abc" says what is expected in words
    /// instead of naming a .NET type.
    /// </summary>
    public static int? WholeNumber(ArgumentResult result)
    {
        if (result.Tokens.Count == 0)
        {
            return null;
        }

        var token = result.Tokens[result.Tokens.Count - 1].Value;
        if (int.TryParse(token, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        var option = (result.Parent as OptionResult)?.Option.Name ?? "the option";
        result.AddError(CliMessages.NotAWholeNumber(option, token));
        return null;
    }

    /// <summary><see cref="WholeNumber"/> for an option that has a default: <paramref name="fallback"/> when not given.</summary>
    public static System.Func<ArgumentResult, int> WholeNumberOr(int fallback) => result => WholeNumber(result) ?? fallback;
}
