using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;

namespace CrmEnablement.Cli.Dataverse;

/// <summary>Puts a current bearer token on every request (tokens last about an hour; imports can take longer).</summary>
internal sealed class AuthorizationHandler : DelegatingHandler
{
    private readonly ITokenProvider _tokens;

    public AuthorizationHandler(ITokenProvider tokens, HttpMessageHandler inner)
        : base(inner)
    {
        _tokens = tokens;
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var token = await _tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }
}
