using System;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// The environment could not be reached, or refused the sign-in. Exit code 4; the message names
/// the HTTP status when there was one, says which of the two it was and what to check.
/// </summary>
public sealed class EnvironmentException : Exception
{
    /// <summary>Creates the exception with a message for people.</summary>
    public EnvironmentException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
