using System.Threading;
using System.Threading.Tasks;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>A token given on the command line or in <c>CEN_TOKEN</c>; it is not refreshed.</summary>
internal sealed class StaticTokenProvider : ITokenProvider
{
    private readonly string _token;

    public StaticTokenProvider(string token)
    {
        _token = token;
    }

    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => new(_token);
}
