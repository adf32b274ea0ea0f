using System.Threading;
using System.Threading.Tasks;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>Gives a bearer token for the environment; asked before every request, so it can refresh.</summary>
internal interface ITokenProvider
{
    /// <summary>A current access token.</summary>
    /// <exception cref="EnvironmentException">Sign-in failed.</exception>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);
}
