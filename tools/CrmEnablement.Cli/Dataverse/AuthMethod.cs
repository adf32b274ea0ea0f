namespace CrmEnablement.Cli.Dataverse;

/// <summary>How <c>cen</c> signs in to an environment.</summary>
public enum AuthMethod
{
    /// <summary>A bearer token given as is (automation).</summary>
    Token,
    /// <summary>An app registration's client id and secret (MSAL confidential client).</summary>
    ClientSecret,
    /// <summary>A person signs in on another device with a code (MSAL public client).</summary>
    DeviceCode,
}
