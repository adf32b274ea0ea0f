using System;
using System.Collections.Generic;
using CrmEnablement.Cli.IO;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// Decides where to connect and how to sign in: the command line first, then the <c>CEN_*</c>
/// environment variables, then the <c>CEN_CONNECTION</c> connection string. The sign-in values
/// all come from the first of those that gives any, so two half-configurations never mix.
/// </summary>
internal static class ConnectionResolver
{
    public const string UrlVariable = "CEN_URL";
    public const string TokenVariable = "CEN_TOKEN";
    public const string ClientIdVariable = "CEN_CLIENT_ID";
    public const string ClientSecretVariable = "CEN_CLIENT_SECRET";
    public const string TenantIdVariable = "CEN_TENANT_ID";
    public const string DeviceCodeVariable = "CEN_DEVICE_CODE";
    public const string ConnectionVariable = "CEN_CONNECTION";

    /// <summary>
    /// The public client used for device-code sign-in when no <c>--client-id</c> is given: the
    /// app id Microsoft's Dataverse samples use for development. Register your own for production.
    /// </summary>
    public const string DefaultPublicClientId = "51f81489-12ee-4a9e-aaae-a2591f45987d";

    /// <summary>True when any source names an environment, so the command should connect.</summary>
    public static bool HasUrl(ConnectionSettings commandLine, Func<string, string?> environment) =>
        commandLine.Url is not null || environment(UrlVariable) is not null || environment(ConnectionVariable) is not null;

    /// <summary>The connection to use.</summary>
    /// <exception cref="InputException">No URL, no or several ways to sign in, or a bad value.</exception>
    public static DataverseConnection Resolve(ConnectionSettings commandLine, Func<string, string?> environment)
    {
        var fromVariables = new ConnectionSettings(
            environment(UrlVariable), environment(TokenVariable), environment(ClientIdVariable), environment(ClientSecretVariable),
            environment(TenantIdVariable), string.Equals(environment(DeviceCodeVariable), "true", StringComparison.OrdinalIgnoreCase));
        ConnectionSettings? fromString = null;
        if (environment(ConnectionVariable) is { } connectionString)
        {
            fromString = ConnectionStringParser.Parse(connectionString, out var problem) ?? throw new InputException(problem!);
        }

        var sources = new List<ConnectionSettings> { commandLine, fromVariables };
        if (fromString is not null)
        {
            sources.Add(fromString);
        }

        var urlText = sources.Find(source => source.Url is not null)?.Url ?? throw new InputException(CliMessages.MissingUrl);
        var url = EnvironmentUrl.Parse(urlText, out var urlProblem) ?? throw new InputException(urlProblem!);
        var auth = sources.Find(HasSignIn) ?? throw new InputException(CliMessages.MissingSignIn);
        var methods = (auth.Token is not null ? 1 : 0) + (auth.ClientSecret is not null ? 1 : 0) + (auth.DeviceCode ? 1 : 0);
        if (methods > 1)
        {
            throw new InputException(CliMessages.SeveralSignIns);
        }

        if (auth.Token is not null)
        {
            return new DataverseConnection(url, AuthMethod.Token, auth.Token, null, null, null);
        }

        if (auth.ClientSecret is not null)
        {
            var clientId = auth.ClientId ?? throw new InputException(CliMessages.SecretWithoutClientId);
            return new DataverseConnection(url, AuthMethod.ClientSecret, null, clientId, auth.ClientSecret, auth.TenantId);
        }

        return new DataverseConnection(url, AuthMethod.DeviceCode, null, auth.ClientId ?? DefaultPublicClientId, null, auth.TenantId);
    }

    private static bool HasSignIn(ConnectionSettings settings) =>
        settings.Token is not null || settings.ClientSecret is not null || settings.DeviceCode;
}
