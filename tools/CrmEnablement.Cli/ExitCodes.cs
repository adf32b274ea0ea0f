namespace CrmEnablement.Cli;

/// <summary>What <c>cen</c> returns to the shell; documented in README and <c>--help</c>.</summary>
public static class ExitCodes
{
    /// <summary>Everything worked.</summary>
    public const int Ok = 0;
    /// <summary>Something unexpected failed; the message says what, <c>--verbose</c> adds the details.</summary>
    public const int Unexpected = 1;
    /// <summary>An input file or the command line is invalid; the messages say where.</summary>
    public const int InvalidInput = 2;
}
