using System.Threading.Tasks;
using CrmEnablement.BrowserTests.TestSupport;
using Microsoft.Playwright;

namespace CrmEnablement.BrowserTests;

/// <summary>One Playwright driver and one Chromium for the whole run (every test in this assembly); each test gets its own context.</summary>
[SetUpFixture]
public sealed class BrowserSession
{
    private static IPlaywright? _playwright;
    private static IBrowser? _browser;

    /// <summary>The running browser.</summary>
    public static IBrowser Browser => _browser ?? throw new AssertionException(Chromium.Missing);

    [OneTimeSetUp]
    public async Task StartAsync()
    {
        Chromium.RequireInstalled();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions());
    }

    [OneTimeTearDown]
    public async Task StopAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
