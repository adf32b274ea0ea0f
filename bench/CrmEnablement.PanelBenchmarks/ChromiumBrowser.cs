using System.IO;
using Microsoft.Playwright;

namespace CrmEnablement.PanelBenchmarks;

/// <summary>Debian's Chromium, launched headless by Playwright with the browser tests' switches. Never downloaded.</summary>
internal static class ChromiumBrowser
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <exception cref="SetupException">Chromium is not installed.</exception>
    public static void RequireInstalled()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new SetupException(PanelBenchMessages.ChromiumMissing);
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
