using System.IO;
using Microsoft.Playwright;

namespace CrmEnablement.BrowserTests.TestSupport;

/// <summary>Debian's Chromium, launched headless by Playwright. Never downloaded: CI installs the package.</summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public const string Missing =
        "Chromium is not installed at " + ExecutablePath + ": the browser tests need Debian's chromium package (apt-get install -y chromium). " +
        "Playwright never downloads a browser here.";

    /// <summary>Fails the run (never skips) when Chromium is missing.</summary>
    public static void RequireInstalled()
    {
        if (!File.Exists(ExecutablePath))
        {
            Assert.Fail(Missing);
        }
    }

    public static BrowserTypeLaunchOptions LaunchOptions() => new()
    {
        ExecutablePath = ExecutablePath,
        Headless = true,
        Args = new[]
        {
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
            // Nothing but the sandbox on loopback is ever looked up: content links point at example hosts.
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
        },
    };
}
