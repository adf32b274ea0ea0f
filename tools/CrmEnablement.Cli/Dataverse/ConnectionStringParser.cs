using System;
using System.Data.Common;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>
/// Reads a Dataverse-style connection string (<c>AuthType=ClientSecret;Url=…;ClientId=…;ClientSecret=…</c>,
/// or <c>AuthType=OAuth;Url=…;AppId=…</c> for an interactive sign-in, which <c>cen</c> does with a
/// device code). Messages never repeat the string: it holds the secret.
/// </summary>
internal static class ConnectionStringParser
{
    /// <summary>The settings the string describes, or null with <paramref name="problem"/> set.</summary>
    public static ConnectionSettings? Parse(string text, out string? problem)
    {
        problem = null;
        var builder = new DbConnectionStringBuilder();
        try
        {
            builder.ConnectionString = text;
        }
        catch (ArgumentException)
        {
            problem = CliMessages.BadConnectionString;
            return null;
        }

        string? Get(params string[] keys)
        {
            foreach (var key in keys)
            {
                if (builder.TryGetValue(key, out var value) && value is string text && text.Trim().Length > 0)
                {
                    return text.Trim();
                }
            }

            return null;
        }

        var url = Get("Url", "ServiceUri", "Service Uri", "Server");
        var clientId = Get("ClientId", "AppId", "ApplicationId");
        var tenant = Get("TenantId", "Tenant");
        var authType = Get("AuthType") ?? "";
        switch (authType.ToLowerInvariant())
        {
            case "clientsecret":
                return new ConnectionSettings(url, null, clientId, Get("ClientSecret", "Secret"), tenant, DeviceCode: false);
            case "oauth":
                return new ConnectionSettings(url, null, clientId, null, tenant, DeviceCode: true);
            default:
                problem = CliMessages.UnsupportedAuthType(authType);
                return null;
        }
    }
}
