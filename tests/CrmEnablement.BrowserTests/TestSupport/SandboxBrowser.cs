using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CrmEnablement.BrowserTests;
using CrmEnablement.Cli.Sandbox;
using Microsoft.Playwright;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.BrowserTests.TestSupport;

/// <summary>
/// A sandbox over the sample files (or a given catalogue) on a free port, ranking for
/// <see cref="Today"/>, and a fresh browser context on it that records console errors and keeps
/// every request on loopback (content links are answered with a placeholder page).
/// </summary>
internal sealed class SandboxBrowser : IAsyncDisposable
{
    /// <summary>The day the sandbox ranks for.</summary>
    public static readonly DateTime Today = new(2026, 11, 26);

    public const string PanelFrame = "#WebResource_cen_suggestions";

    /// <summary>The panel's heading for items that serve no particular role (strings.ts forEveryRole).</summary>
    public const string ForEveryRole = "For every role";

    /// <summary>Where the sandbox's Xrm.WebApi.online.execute posts (the Custom API call).</summary>
    public const string ExecutePath = "/api/xrm/execute";

    /// <summary>Where the sandbox's Xrm.WebApi.createRecord posts an interaction row.</summary>
    public const string InteractionRecordsPath = "/api/xrm/records/cen_contentinteraction";

    private readonly List<string> _errors = new();

    private SandboxBrowser(SandboxServer server, IBrowserContext context, IPage page)
    {
        Server = server;
        Context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => _errors.Add(error);
    }

    public SandboxServer Server { get; }

    public IBrowserContext Context { get; }

    public IPage Page { get; }

    /// <summary>Console errors and uncaught exceptions of the page and its frames so far.</summary>
    public IReadOnlyList<string> ConsoleErrors => _errors;

    /// <summary>The "Suggested content" region inside the web resource's frame.</summary>
    public ILocator Panel => Page.FrameLocator(PanelFrame).GetByRole(AriaRole.Region, new() { Name = "Suggested content" });

    /// <summary>The suggestions: list items of the panel that carry a title link.</summary>
    public ILocator Items => Panel.Locator("li:has(a[href])");

    public static async Task<SandboxBrowser> StartAsync(string? catalog = null)
    {
        var dist = RepositoryFiles.WebResourcesDist;
        var data = SandboxInputs.Load(catalog ?? RepositoryFiles.Sample("catalog.csv"), RepositoryFiles.Sample("opportunities.json"), RepositoryFiles.Sample("settings.json"));
        var organization = SandboxOrganization.Create(data, SandboxClock.ForDay(Today), _ => { });
        var server = await SandboxServer.StartAsync(organization, 0, dist);
        var context = await BrowserSession.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.Url.ToString(),
            ViewportSize = new ViewportSize { Width = 1280, Height = 1000 },
            Permissions = new[] { "clipboard-read", "clipboard-write" },
        });
        context.SetDefaultTimeout(10_000);
        await context.RouteAsync("**/*", async route =>
        {
            if (new Uri(route.Request.Url).Host == server.Url.Host)
            {
                await route.ContinueAsync();
            }
            else
            {
                await route.FulfillAsync(new RouteFulfillOptions { Status = 200, ContentType = "text/html", Body = "<!DOCTYPE html><title>Content</title>" });
            }
        });
        var page = await context.NewPageAsync();
        return new SandboxBrowser(server, context, page);
    }

    /// <summary>The row id of the sample deal <paramref name="fileId"/>.</summary>
    public Guid DealId(string fileId) => Server.Organization.Deals.Single(deal => deal.FileId == fileId).Id;

    /// <summary>Opens the deal list and follows the link named <paramref name="name"/>; waits until the panel lists suggestions.</summary>
    public async Task OpenDealAsync(string name)
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Assertions.Expect(Items.First).ToBeVisibleAsync();
    }

    /// <summary>What the Custom API answers for the deal right now, asked as the rep on the server side.</summary>
    public JsonElement Ranking(Guid opportunityId)
    {
        var request = new OrganizationRequest("cen_GetContentSuggestions") { ["OpportunityId"] = opportunityId };
        string json;
        lock (Server.Organization.Gate)
        {
            json = (string)Server.Organization.Rep.Execute(request).Results["SuggestionsJson"];
        }

        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    /// <summary>
    /// The groups the panel should show for a ranking, as "heading: title | title": each item under
    /// its first role, groups in the order of their best item, "For every role" last, rank order
    /// within a group (ARCHITECTURE.md §2.5; grouping.ts).
    /// </summary>
    public static IReadOnlyList<string> ExpectedGroups(JsonElement ranking)
    {
        var groups = new List<(string Role, List<string> Titles)>();
        var everyRole = new List<string>();
        foreach (var suggestion in ranking.GetProperty("suggestions").EnumerateArray().OrderBy(s => s.GetProperty("rank").GetInt32()))
        {
            var title = suggestion.GetProperty("title").GetString()!;
            var role = suggestion.GetProperty("forRoles").EnumerateArray().Select(r => r.GetString()!).FirstOrDefault();
            if (role is null)
            {
                everyRole.Add(title);
                continue;
            }

            var group = groups.FindIndex(g => string.Equals(g.Role, role, StringComparison.OrdinalIgnoreCase));
            if (group < 0)
            {
                groups.Add((role, new List<string>()));
                group = groups.Count - 1;
            }

            groups[group].Titles.Add(title);
        }

        if (everyRole.Count > 0)
        {
            groups.Add((ForEveryRole, everyRole));
        }

        return groups.Select(g => g.Role + ": " + string.Join(" | ", g.Titles)).ToList();
    }

    /// <summary>The groups the panel shows, top to bottom, as "heading: title | title" in page order.</summary>
    public async Task<IReadOnlyList<string>> ShownGroupsAsync() =>
        await PanelFrameOf().EvaluateAsync<string[]>(@"() =>
            [...document.querySelectorAll('section ul[aria-labelledby]')].map(list =>
                document.getElementById(list.getAttribute('aria-labelledby')).textContent.trim() + ': ' +
                [...list.querySelectorAll(':scope > li a[href]')].map(a => a.textContent.trim()).join(' | '))");

    /// <summary>The web resource's frame.</summary>
    public IFrame PanelFrameOf() => Page.Frames.Single(f => f.Url.Contains("suggestions.html", StringComparison.Ordinal));

    /// <summary>Opens the deal named <paramref name="name"/> and waits for whatever state the panel settles in (not loading).</summary>
    public async Task OpenDealAnyStateAsync(string name)
    {
        await Page.GotoAsync("/");
        await Page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).ClickAsync();
        await Assertions.Expect(Page.FrameLocator(PanelFrame).Locator("section[data-state]:not([data-state='loading'])")).ToHaveCountAsync(1);
    }

    /// <summary>Whether <paramref name="response"/> is the Web API call that creates a <c>cen_contentinteraction</c> row.</summary>
    public static bool IsInteractionCreate(IResponse response) =>
        response.Request.Method == "POST" && new Uri(response.Url).AbsolutePath == InteractionRecordsPath;

    /// <summary>The titles of a ranking, in rank order.</summary>
    public static IReadOnlyList<string> Titles(JsonElement ranking) =>
        ranking.GetProperty("suggestions").EnumerateArray().Select(s => s.GetProperty("title").GetString()!).ToList();

    public void AssertNoConsoleErrors() =>
        Assert.That(ConsoleErrors, Is.Empty, "console errors: " + string.Join(" | ", ConsoleErrors));

    public async ValueTask DisposeAsync()
    {
        await Context.DisposeAsync();
        await Server.DisposeAsync();
    }
}
