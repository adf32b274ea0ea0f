using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// Where the environment is and how to sign in. Deliberately a class, not a record: a record's
/// generated <c>ToString</c> would print the secret.
/// </summary>
public sealed class DataverseConnection
{
    /// <summary>Creates a connection description; the caller has checked the combination.</summary>
    public DataverseConnection(Uri environmentUrl, AuthMethod method, string? token, string? clientId, string? clientSecret, string? tenantId)
    {
        EnvironmentUrl = environmentUrl;
        Method = method;
        Token = token;
        ClientId = clientId;
        ClientSecret = clientSecret;
        TenantId = tenantId;
    }

    /// <summary>The environment's base URL, e.g. <c>https://org.crm.dynamics.com/</c>.</summary>
    public Uri EnvironmentUrl { get; }

    /// <summary>How to sign in.</summary>
    public AuthMethod Method { get; }

    /// <summary>The bearer token for <see cref="AuthMethod.Token"/>. Secret.</summary>
    public string? Token { get; }

    /// <summary>The app registration's client id.</summary>
    public string? ClientId { get; }

    /// <summary>The client secret for <see cref="AuthMethod.ClientSecret"/>. Secret.</summary>
    public string? ClientSecret { get; }

    /// <summary>The Entra tenant; discovered from the environment when null.</summary>
    public string? TenantId { get; }

    /// <summary>The values that must never be printed, logged or written to a file.</summary>
    public IReadOnlyList<string> Secrets => new[] { Token, ClientSecret }.Where(value => !string.IsNullOrEmpty(value)).Select(value => value!).ToArray();

    /// <summary>The URL and method only.</summary>
    public override string ToString() => $"{EnvironmentUrl} ({Method})";
}
