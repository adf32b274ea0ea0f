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
    /// <summary>The import finished, but some rows were rejected; they are listed (and written to <c>--rejects</c>).</summary>
    public const int CompletedWithRejections = 3;
    /// <summary>The environment could not be reached, or refused the sign-in; the message says which and what to check.</summary>
    public const int EnvironmentFailure = 4;
    /// <summary>Stopped by Ctrl+C; the message says how far it got. Running the same command again resumes safely.</summary>
    public const int Cancelled = 130;
}
