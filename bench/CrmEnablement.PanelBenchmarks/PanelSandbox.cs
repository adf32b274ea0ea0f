using System;
using System.Linq;
using System.Threading.Tasks;
using CrmEnablement.Cli.IO;
using CrmEnablement.Cli.Sandbox;
using Microsoft.Playwright;

namespace CrmEnablement.PanelBenchmarks;

/// <summary>
/// The sandbox over the samples on a free port, ranking for <see cref="Today"/> (the browser tests'
/// day, so every run ranks the same), and one Chromium page that opens <see cref="DealFileId"/>'s
/// opportunity form harness. No request is routed through Playwright: that would add to the times.
/// </summary>
internal sealed class PanelSandbox : IAsyncDisposable
{
    /// <summary>The day the sandbox ranks for.</summary>
    public static readonly DateTime Today = new(2026, 11, 26);

    /// <summary>The sample deal whose form is opened (Northwind Mutual, the browser tests' main deal).</summary>
    public const string DealFileId = "OPP-1001";

    private const float LoadTimeoutMilliseconds = 15_000;
    private const string SuggestionsPage = "suggestions.html";

    /// <summary>The harness notes renderedAt once the panel shows an item after the data came (harness.js).</summary>
    private const string HarnessRendered = "() => window.cenSandbox !== undefined && window.cenSandbox.renderedAt !== undefined";

    private const string HarnessMilliseconds = "() => window.cenSandbox.renderedAt - window.cenSandbox.dataAt";

    private const string PanelMilliseconds = @"() => {
        const data = performance.getEntriesByName('cen-data');
        const rendered = performance.getEntriesByName('cen-rendered');
        return data.length === 1 && rendered.length === 1 ? rendered[0].startTime - data[0].startTime : null;
    }";

    private const string ShownItems = "() => document.querySelectorAll('li a[href]').length";

    private readonly SandboxServer _server;
    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;
    private readonly Uri _dealForm;

    private PanelSandbox(SandboxServer server, IPlaywright playwright, IBrowser browser, IPage page, SandboxDealInfo deal)
    {
        _server = server;
        _playwright = playwright;
        _browser = browser;
        _page = page;
        Deal = deal;
        _dealForm = new Uri(server.Url, "/opportunity/" + deal.Id.ToString("D"));
    }

    /// <summary>The deal whose form is opened.</summary>
    public SandboxDealInfo Deal { get; }

    /// <summary>Chromium's version, as Playwright reports it.</summary>
    public string BrowserVersion => _browser.Version;

    /// <summary>Starts the sandbox and Chromium.</summary>
    /// <exception cref="SetupException">The samples do not load, or Chromium does not start.</exception>
    public static async Task<PanelSandbox> StartAsync(PanelInputs inputs)
    {
        var organization = LoadOrganization(inputs);
        var deal = organization.Deals.SingleOrDefault(d => d.FileId == DealFileId)
            ?? throw new SetupException(PanelBenchMessages.DealMissing(DealFileId));
        var server = await SandboxServer.StartAsync(organization, 0, inputs.WebResourcesDist);
        IPlaywright? playwright = null;
        try
        {
            playwright = await Playwright.CreateAsync();
            var browser = await playwright.Chromium.LaunchAsync(ChromiumBrowser.LaunchOptions());
            var context = await browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 1000 } });
            context.SetDefaultTimeout(LoadTimeoutMilliseconds);
            var page = await context.NewPageAsync();
            return new PanelSandbox(server, playwright, browser, page, deal);
        }
        catch (PlaywrightException failure)
        {
            playwright?.Dispose();
            await server.DisposeAsync();
            throw new SetupException(PanelBenchMessages.ChromiumDidNotStart(failure.Message), failure);
        }
    }

    /// <summary>Opens the deal's form afresh and reads the first render's times once the panel shows its suggestions.</summary>
    /// <exception cref="InvalidOperationException">The panel showed no suggestions in time, or its marks are missing.</exception>
    public async Task<RenderTimes> LoadAsync()
    {
        try
        {
            await _page.GotoAsync(_dealForm.ToString());
            await _page.WaitForFunctionAsync(HarnessRendered);
            var frame = PanelFrame();
            var panel = await frame.EvaluateAsync<double?>(PanelMilliseconds)
                ?? throw new InvalidOperationException(PanelBenchMessages.NoRender("The frame has no single cen-data and cen-rendered mark."));
            var harness = await _page.EvaluateAsync<double>(HarnessMilliseconds);
            return new RenderTimes(panel, harness);
        }
        catch (PlaywrightException failure)
        {
            throw new InvalidOperationException(PanelBenchMessages.NoRender(failure.Message), failure);
        }
    }

    /// <summary>How many suggestions the panel shows on the page as last loaded.</summary>
    public Task<int> ShownItemsAsync() => PanelFrame().EvaluateAsync<int>(ShownItems);

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await _server.DisposeAsync();
    }

    private static SandboxOrganization LoadOrganization(PanelInputs inputs)
    {
        SandboxData data;
        try
        {
            data = SandboxInputs.Load(Sample(inputs, "catalog.csv"), Sample(inputs, "opportunities.json"), Sample(inputs, "settings.json"));
        }
        catch (InputException failure)
        {
            throw new SetupException(PanelBenchMessages.SamplesInvalid(failure.Message), failure);
        }

        // The sandbox's warnings (a deal's language is not kept, …) are about the samples, not the times.
        return SandboxOrganization.Create(data, SandboxClock.ForDay(Today), _ => { });
    }

    private static string Sample(PanelInputs inputs, string name) => System.IO.Path.Combine(inputs.Samples, name);

    private IFrame PanelFrame() => _page.Frames.Single(f => f.Url.Contains(SuggestionsPage, StringComparison.Ordinal));
}
