using System.CommandLine;
using CrmEnablement.Cli.Dataverse;

namespace CrmEnablement.Cli.Commands;

/// <summary>The options every command that talks to an environment shares.</summary>
internal sealed class ConnectionOptions
{
    public Option<string?> Url { get; } = new("--url") { Description = "The environment, e.g. https://yourorg.crm.dynamics.com (or CEN_URL); http only for localhost." };

    public Option<string?> Token { get; } = new("--token") { Description = "A bearer token for the environment (or CEN_TOKEN, which keeps it out of the process list)." };

    public Option<string?> ClientId { get; } = new("--client-id") { Description = "An app registration's application id (or CEN_CLIENT_ID)." };

    public Option<string?> ClientSecret { get; } = new("--client-secret") { Description = "The app registration's client secret (or CEN_CLIENT_SECRET)." };

    public Option<string?> TenantId { get; } = new("--tenant-id") { Description = "The Microsoft Entra tenant (or CEN_TENANT_ID); found from the environment when omitted." };

    public Option<bool> DeviceCode { get; } = new("--device-code") { Description = "Sign in as a person with a code shown here, on any browser." };

    /// <summary>Adds the options to <paramref name="command"/>.</summary>
    public void AddTo(Command command)
    {
        command.Options.Add(Url);
        command.Options.Add(Token);
        command.Options.Add(ClientId);
        command.Options.Add(ClientSecret);
        command.Options.Add(TenantId);
        command.Options.Add(DeviceCode);
    }

    /// <summary>The values given on the command line.</summary>
    public ConnectionSettings Read(ParseResult result) => new(
        result.GetValue(Url), result.GetValue(Token), result.GetValue(ClientId), result.GetValue(ClientSecret), result.GetValue(TenantId), result.GetValue(DeviceCode));
}
