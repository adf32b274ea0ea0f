namespace CrmEnablement.Cli.Dataverse;

/// <summary>The raw connection values from the command line, before environment variables fill the gaps.</summary>
/// <param name="Url">--url</param>
/// <param name="Token">--token</param>
/// <param name="ClientId">--client-id</param>
/// <param name="ClientSecret">--client-secret</param>
/// <param name="TenantId">--tenant-id</param>
/// <param name="DeviceCode">--device-code</param>
internal sealed record ConnectionSettings(string? Url, string? Token, string? ClientId, string? ClientSecret, string? TenantId, bool DeviceCode)
{
    /// <summary>Secrets stay out of any printed form of these settings.</summary>
    public override string ToString() => $"{Url} (token {(Token is null ? "absent" : "given")}, secret {(ClientSecret is null ? "absent" : "given")})";
}
