using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using CrmEnablement.BrowserTests.TestSupport;
using Microsoft.Playwright;

namespace CrmEnablement.BrowserTests;

/// <summary>The rep's panel in Chromium, in the opportunity form harness of a sandbox started by the test.</summary>
public sealed class PanelTests
{
    private const string Northwind = "Northwind Mutual – Claims Platform Renewal";
    private const string Humongous = "Humongous Insurance – Underwriting Data Hub";
    private const string WideWorld = "Wide World Importers – Inventory Intelligence";
    private const string GraphicDesign = "Graphic Design Institute – Studio Time Analytics";
    private const string LostMessage = "This deal is lost, so no content is suggested.";
    private const string XssTitle = "<img src=x onerror=window.__xss=1>";

    /// <summary>cen_interactionaction "Gap" (interactionAction.ts) as the request body carries it.</summary>
    private const string GapAction = "103720005";

    private SandboxBrowser? _sandbox;

    private SandboxBrowser Sandbox => _sandbox!;

    [SetUp]
    public async Task SetUpAsync() => _sandbox = await SandboxBrowser.StartAsync();

    [TearDown]
    public async Task TearDownAsync()
    {
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
    }

    [Test]
    public async Task SampleDeal_ShowsRankedSuggestionsWithReasons()
    {
        var expected = Sandbox.Ranking(Sandbox.DealId("OPP-1001"));

        await Sandbox.OpenDealAsync(Northwind);

        Assert.That(await Sandbox.ShownGroupsAsync(), Is.EqualTo(SandboxBrowser.ExpectedGroups(expected)), "every ranked item shows under its role, in rank order");
        var titles = await Sandbox.Items.Locator("a[href]").AllTextContentsAsync();
        var first = expected.GetProperty("suggestions")[0];
        // Another item's reasons may name this title ("refresher for …"): find it by its link.
        var item = Sandbox.Items.Nth(titles.Select(t => t.Trim()).ToList().IndexOf(first.GetProperty("title").GetString()!));
        foreach (var reason in first.GetProperty("reasons").EnumerateArray())
        {
            await Assertions.Expect(item).ToContainTextAsync(reason.GetProperty("text").GetString()!);
        }

        await Assertions.Expect(Sandbox.Panel).ToContainTextAsync("Journey phase: " + expected.GetProperty("phase").GetString());
        var screenshot = Path.Combine(TestContext.CurrentContext.WorkDirectory, "sandbox-panel.png");
        await Sandbox.Page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
        TestContext.AddTestAttachment(screenshot, "The opportunity form harness with the Suggested content panel for " + Northwind);
        Sandbox.AssertNoConsoleErrors();
    }

    [Test]
    public async Task FirstRender_AfterData_MarksDataThenRendered()
    {
        await Sandbox.OpenDealAsync(Northwind);

        // The time itself is held to ARCHITECTURE.md §4 by bench/CrmEnablement.PanelBenchmarks, not here.
        var frame = Sandbox.PanelFrameOf();
        var marks = await frame.EvaluateAsync<string[]>("() => performance.getEntriesByType('mark').map(m => m.name).filter(n => n.startsWith('cen-'))");
        Assert.That(marks, Is.EqualTo(new[] { "cen-data", "cen-rendered" }), "the panel marks the data's arrival, then the render, once each");
        var panelMs = await frame.EvaluateAsync<double>(
            "() => performance.getEntriesByName('cen-rendered')[0].startTime - performance.getEntriesByName('cen-data')[0].startTime");
        Assert.That(panelMs, Is.GreaterThanOrEqualTo(0), "cen-data precedes cen-rendered");
        var harness = await Sandbox.Page.EvaluateAsync<double?[]>("() => [window.cenSandbox.dataAt ?? null, window.cenSandbox.renderedAt ?? null]");
        Assert.That(harness, Has.All.Not.Null, "the harness noted when the data came and when the first item showed");
        var harnessMs = harness[1]!.Value - harness[0]!.Value;
        Assert.That(harnessMs, Is.GreaterThanOrEqualTo(0), "the harness saw the data before the first item");

        var report = string.Format(CultureInfo.InvariantCulture, "first render after data: {0:0.0} ms (panel marks cen-data → cen-rendered), {1:0.0} ms (harness: json() → first item in the DOM); one load, for reading only: the budget is checked by bench/CrmEnablement.PanelBenchmarks", panelMs, harnessMs);
        TestContext.Progress.WriteLine(report);
        File.WriteAllText(Path.Combine(TestContext.CurrentContext.WorkDirectory, "first-render.txt"), report + Environment.NewLine);
    }

    [Test]
    public async Task StageChangeAndSave_MovesThePanelToTheNextPhase()
    {
        var id = Sandbox.DealId("OPP-1002");
        await Sandbox.OpenDealAsync(Humongous);
        await Assertions.Expect(Sandbox.Panel).ToContainTextAsync("Journey phase: Awareness");

        await Sandbox.Page.GetByLabel("Sales stage").SelectOptionAsync(new SelectOptionValue { Label = "Develop" });
        await Sandbox.Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(Sandbox.Panel).ToContainTextAsync("Journey phase: Buying", new() { Timeout = 15_000 });
        Assert.That(await Sandbox.ShownGroupsAsync(), Is.EqualTo(SandboxBrowser.ExpectedGroups(Sandbox.Ranking(id))));
        Sandbox.AssertNoConsoleErrors();
    }

    [Test]
    public async Task NotForThisDeal_RemovesTheItem_AndItStaysGoneAfterReload()
    {
        await Sandbox.OpenDealAsync(Northwind);
        var before = await Sandbox.Items.CountAsync();
        var item = Sandbox.Items.First;
        var title = (await item.Locator("a[href]").TextContentAsync())!.Trim();

        // Reload only once the Dismissed row is in: a reload racing the request could lose it.
        var recorded = await Sandbox.Page.RunAndWaitForResponseAsync(
            () => item.GetByRole(AriaRole.Button, new() { Name = "Not for this deal", Exact = true }).ClickAsync(),
            SandboxBrowser.IsInteractionCreate);

        Assert.That(recorded.Ok, Is.True, "the Dismissed interaction was recorded: HTTP " + recorded.Status);
        var link = Sandbox.Panel.GetByRole(AriaRole.Link, new() { Name = title, Exact = true });
        await Assertions.Expect(link).ToHaveCountAsync(0);
        await Assertions.Expect(Sandbox.Items).ToHaveCountAsync(before - 1);
        await Sandbox.Page.ReloadAsync();
        await Assertions.Expect(Sandbox.Items.First).ToBeVisibleAsync();
        await Assertions.Expect(link).ToHaveCountAsync(0);
        Sandbox.AssertNoConsoleErrors();
    }

    [Test]
    public async Task XssTitle_RendersAsText_AndNeverRuns()
    {
        await Sandbox.DisposeAsync();
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "xss-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var catalog = Path.Combine(folder, "catalog.csv");
        // CNT-0035 is Northwind's first suggestion; its title becomes markup that would run if parsed.
        var text = File.ReadAllText(RepositoryFiles.Sample("catalog.csv"));
        Assert.That(text, Does.Contain("Value Messages by Role: Contoso Pulse for Claims Leaders"));
        File.WriteAllText(catalog, text.Replace("Value Messages by Role: Contoso Pulse for Claims Leaders", XssTitle, StringComparison.Ordinal));
        _sandbox = await SandboxBrowser.StartAsync(catalog);

        await Sandbox.OpenDealAsync(Northwind);

        await Assertions.Expect(Sandbox.Panel.GetByRole(AriaRole.Link, new() { Name = XssTitle, Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(Sandbox.Panel.Locator("img")).ToHaveCountAsync(0);
        var frame = Sandbox.Page.Frames.Single(f => f.Url.Contains("suggestions.html", StringComparison.Ordinal));
        Assert.That(await frame.EvaluateAsync<bool>("() => window.__xss === undefined"), Is.True);
        Assert.That(await Sandbox.Page.EvaluateAsync<bool>("() => window.__xss === undefined"), Is.True);
        Sandbox.AssertNoConsoleErrors();
    }

    [Test]
    public async Task KeyboardOnly_ReachesAndActivatesEveryAction()
    {
        await Sandbox.OpenDealAsync(Northwind);
        var first = Sandbox.Items.First;
        var title = (await first.Locator("a[href]").TextContentAsync())!.Trim();
        var wanted = new[] { "Sales stage", "Journey phase", "Status", "Save", title, "Open", "Copy link", "Helpful", "Not helpful", "Not for this deal" };

        var reached = new System.Collections.Generic.List<string>();
        for (var press = 0; press < 60 && !wanted.All(reached.Contains); press++)
        {
            await Sandbox.Page.Keyboard.PressAsync("Tab");
            reached.Add(await FocusedNameAsync());
        }

        Assert.That(reached, Is.SupersetOf(wanted), "Tab order: " + string.Join(" → ", reached));

        // Then the first item's actions, from the keyboard alone: Enter follows the link and presses
        // buttons, Space presses the toggle.
        await Sandbox.Page.EvaluateAsync("() => document.activeElement && document.activeElement.blur()");
        await TabUntilAsync(title);
        await Sandbox.Page.Keyboard.PressAsync("Enter");
        await TabUntilAsync("Open");
        await Sandbox.Page.Keyboard.PressAsync("Enter");
        await TabUntilAsync("Copy link");
        await Sandbox.Page.Keyboard.PressAsync("Enter");
        await TabUntilAsync("Helpful");
        await Sandbox.Page.Keyboard.PressAsync("Space");
        await Assertions.Expect(first.GetByRole(AriaRole.Button, new() { Name = "Helpful", Exact = true })).ToHaveAttributeAsync("aria-pressed", "true");
        await TabUntilAsync("Not for this deal");
        await Sandbox.Page.Keyboard.PressAsync("Enter");
        await Assertions.Expect(Sandbox.Panel.GetByRole(AriaRole.Link, new() { Name = title, Exact = true })).ToHaveCountAsync(0);
        Assert.That(await Sandbox.Page.EvaluateAsync<int>("() => window.cenSandbox.openedUrls.length"), Is.EqualTo(2), "the link and Open went through Xrm.Navigation.openUrl");
        Sandbox.AssertNoConsoleErrors();
    }

    [Test]
    public async Task KeyboardOnly_EmptyPanel_ReachesAndActivatesTellEnablement()
    {
        // An open deal in an industry nothing is tagged for, once no generic content fills the gap.
        await Sandbox.DisposeAsync();
        var folder = Path.Combine(TestContext.CurrentContext.WorkDirectory, "gap-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        _sandbox = await SandboxBrowser.StartAsync(IndustryOnlyCatalog.Write(folder));
        await Sandbox.OpenDealAnyStateAsync(GraphicDesign);
        await Assertions.Expect(Sandbox.Panel).ToContainTextAsync("Nothing tagged yet for Design, Direction and Creative Management · ");

        await TabUntilAsync("Tell enablement");
        var recorded = await Sandbox.Page.RunAndWaitForResponseAsync(() => Sandbox.Page.Keyboard.PressAsync("Enter"), SandboxBrowser.IsInteractionCreate);

        Assert.That(recorded.Ok, Is.True, "the gap was recorded: HTTP " + recorded.Status);
        Assert.That(recorded.Request.PostData, Does.Contain(GapAction), "a gap interaction");
        await Assertions.Expect(Sandbox.Panel.GetByRole(AriaRole.Status)).ToHaveTextAsync("Thanks, enablement has been told");
        Sandbox.AssertNoConsoleErrors();
    }

    [Test]
    public async Task LostDeal_ShowsTheLostState_WithoutTellEnablement()
    {
        await Sandbox.OpenDealAnyStateAsync(WideWorld);

        await Assertions.Expect(Sandbox.Panel).ToContainTextAsync(LostMessage);
        await Assertions.Expect(Sandbox.Panel).Not.ToContainTextAsync("Nothing tagged yet");
        await Assertions.Expect(Sandbox.Panel.GetByRole(AriaRole.Button, new() { Name = "Tell enablement", Exact = true })).ToHaveCountAsync(0);
        Sandbox.AssertNoConsoleErrors();
    }

    [Test]
    public async Task StatusLostAndSave_MovesThePanelToTheLostState()
    {
        await Sandbox.OpenDealAsync(Humongous);

        await Sandbox.Page.GetByLabel("Status").SelectOptionAsync(new SelectOptionValue { Label = "Lost" });
        await Sandbox.Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        await Assertions.Expect(Sandbox.Panel).ToContainTextAsync(LostMessage, new() { Timeout = 15_000 });
        await Assertions.Expect(Sandbox.Items).ToHaveCountAsync(0);
        await Assertions.Expect(Sandbox.Panel.GetByRole(AriaRole.Button, new() { Name = "Tell enablement", Exact = true })).ToHaveCountAsync(0);
        Sandbox.AssertNoConsoleErrors();
    }

    [Test]
    public async Task KeyboardOnly_ErrorState_TryAgainLoadsTheSuggestions()
    {
        // The first Custom API call fails as a Dataverse outage would; the next goes through.
        var failures = 0;
        await Sandbox.Context.RouteAsync("**" + SandboxBrowser.ExecutePath, async route =>
        {
            if (failures++ == 0)
            {
                await route.FulfillAsync(new RouteFulfillOptions
                {
                    Status = 503,
                    ContentType = "application/json",
                    Body = "{\"error\":{\"code\":\"0x80044151\",\"message\":\"Service unavailable\"}}",
                });
            }
            else
            {
                await route.ContinueAsync();
            }
        });

        await Sandbox.OpenDealAnyStateAsync(Northwind);
        await Assertions.Expect(Sandbox.Panel).ToContainTextAsync("Suggestions couldn't be loaded.");
        await TabUntilAsync("Try again");
        await Sandbox.Page.Keyboard.PressAsync("Enter");

        await Assertions.Expect(Sandbox.Items.First).ToBeVisibleAsync();
        Assert.That(failures, Is.EqualTo(2), "one failed load, one retry");
        Assert.That(Sandbox.ConsoleErrors, Has.All.Contain("503"), "only the browser's note of the failed request");
    }

    /// <summary>The accessible-ish name of the focused element, looking into the panel's frame.</summary>
    private Task<string> FocusedNameAsync() => Sandbox.Page.EvaluateAsync<string>(@"() => {
        let el = document.activeElement;
        while (el && el.tagName === 'IFRAME') el = el.contentDocument.activeElement;
        if (!el) return '';
        if (el.labels && el.labels.length) return el.labels[0].textContent.trim();
        return (el.getAttribute('aria-label') || el.textContent || '').trim();
    }");

    private async Task TabUntilAsync(string name)
    {
        var watch = Stopwatch.StartNew();
        for (var press = 0; press < 40; press++)
        {
            await Sandbox.Page.Keyboard.PressAsync("Tab");
            if (await FocusedNameAsync() == name)
            {
                return;
            }
        }

        Assert.Fail($"Tab never reached '{name}' ({watch.ElapsedMilliseconds} ms).");
    }
}
