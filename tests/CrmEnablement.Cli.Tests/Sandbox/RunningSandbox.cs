using System;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using CrmEnablement.Cli.Sandbox;
using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests.Sandbox;

/// <summary>
/// A sandbox over the sample files on a free port, ranking for <see cref="FixedClock.Today"/>, with
/// a stand-in built web resource, and an <see cref="HttpClient"/> pointed at it. Disposing stops it.
/// </summary>
internal sealed class RunningSandbox : IAsyncDisposable
{
    private readonly TempDirectory _dist;

    private RunningSandbox(SandboxServer server, TempDirectory dist)
    {
        Server = server;
        _dist = dist;
        Http = new HttpClient { BaseAddress = server.Url };
    }

    public SandboxServer Server { get; }

    public HttpClient Http { get; }

    public SandboxOrganization Organization => Server.Organization;

    /// <summary>Starts over the samples, or over <paramref name="catalog"/> when given.</summary>
    public static async Task<RunningSandbox> StartAsync(string? catalog = null, bool builtWebResource = true)
    {
        var data = SandboxInputs.Load(catalog ?? Samples.Catalog, Samples.Opportunities, Samples.Settings);
        var organization = SandboxOrganization.Create(data, SandboxClock.ForDay(FixedClock.Today), _ => { });
        var dist = new TempDirectory();
        if (builtWebResource)
        {
            Directory.CreateDirectory(dist.PathOf(Path.Combine("cen_", "opportunity")));
            dist.Write(RepositoryFolders.SuggestionsPage, "<!DOCTYPE html><title>panel</title>");
            dist.Write(Path.Combine("cen_", "opportunity", "form.js"), "var CrmEnablement = {};");
        }

        var server = await SandboxServer.StartAsync(organization, 0, builtWebResource ? dist.Path : null);
        return new RunningSandbox(server, dist);
    }

    /// <summary>The row id of the sample deal <paramref name="fileId"/> (e.g. OPP-1001).</summary>
    public Guid DealId(string fileId) => Organization.Deals.Single(deal => deal.FileId == fileId).Id;

    /// <summary>Calls cen_GetContentSuggestions as the harness's Xrm does and returns the parsed SuggestionsJson.</summary>
    public async Task<JsonElement> SuggestionsAsync(Guid opportunityId)
    {
        var response = await PostJsonAsync("/api/xrm/execute",
            $"{{\"operationName\":\"cen_GetContentSuggestions\",\"parameters\":{{\"OpportunityId\":{{\"value\":\"{opportunityId}\",\"typeName\":\"Edm.Guid\"}}}}}}");
        Assert.That((int)response.StatusCode, Is.EqualTo(200), await response.Content.ReadAsStringAsync());
        using var answer = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var suggestions = JsonDocument.Parse(answer.RootElement.GetProperty("SuggestionsJson").GetString()!);
        return suggestions.RootElement.Clone();
    }

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        Http.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await Http.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.That((int)response.StatusCode, Is.EqualTo(200), text);
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Server.DisposeAsync();
        _dist.Dispose();
    }
}
