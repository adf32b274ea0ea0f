using System;
using System.Globalization;

namespace CrmEnablement.Cli;

/// <summary>
/// Reaching an environment and its sign-in service: the line announcing each wait before a retry,
/// and why connecting stopped (exit code 4).
/// </summary>
public static partial class CliMessages
{
    public static string UnknownHost(Uri url, string reason) =>
        $"cen: cannot reach the environment {url}: its host name {url.Host} does not resolve ({reason}). Check --url for a typo; if it is right, check the network, DNS and any VPN or proxy.";

    public static string SignInServiceUnreachable(string host, Uri url, string tenant, string reason) =>
        $"cen: cannot reach the Microsoft Entra sign-in service {host} to sign in to {url}: {reason.TrimEnd('.')}. The environment is not at fault. " +
        $"Check that the network and any proxy let https://{host} through, and that the tenant {tenant} is right (pass --tenant-id to set it).";

    public static string RetryingAfterAnswer(string host, string status, TimeSpan wait, int attempt) =>
        $"cen: {host} answered {status}; {TryingAgain(wait, attempt)}";

    public static string RetryingAfterNoConnection(string host, string reason, TimeSpan wait, int attempt) =>
        $"cen: cannot connect to {host} ({reason.TrimEnd('.')}); {TryingAgain(wait, attempt)}";

    public static string RetryingAfterNoAnswer(string host, TimeSpan timeout, TimeSpan wait, int attempt) =>
        $"cen: {host} did not answer within {WholeSeconds(timeout)} s; {TryingAgain(wait, attempt)}";

    public static string RetryingAfterDroppedConnection(string host, string reason, TimeSpan wait, int attempt) =>
        $"cen: the connection to {host} broke off ({reason.TrimEnd('.')}); {TryingAgain(wait, attempt)}";

    public static string ResendingRows(string host, TimeSpan wait, int attempt) =>
        $"cen: {host} could not carry out some rows yet; sending them again in {WholeSeconds(wait)} s (attempt {attempt})";

    private static string TryingAgain(TimeSpan wait, int attempt) => $"trying again in {WholeSeconds(wait)} s (attempt {attempt})";

    /// <summary>Rounded up, so a wait of 0.4 s does not read "0 s".</summary>
    private static string WholeSeconds(TimeSpan span) => Math.Ceiling(span.TotalSeconds).ToString("0", CultureInfo.InvariantCulture);
}
