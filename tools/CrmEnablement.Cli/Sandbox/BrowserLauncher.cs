using System;
using System.ComponentModel;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>Opens a URL in the person's browser where the platform offers a way; failing quietly is fine (the URL is printed).</summary>
internal static class BrowserLauncher
{
    public static void TryOpen(Uri url)
    {
        var start = RuntimeInformation.IsOSPlatform(OSPlatform.Windows)
            ? new ProcessStartInfo("cmd", $"/c start \"\" \"{url}\"")
            : new ProcessStartInfo(RuntimeInformation.IsOSPlatform(OSPlatform.OSX) ? "open" : "xdg-open", url.ToString());
        start.UseShellExecute = false;
        start.CreateNoWindow = true;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        try
        {
            using var process = Process.Start(start);
        }
        catch (Exception error) when (error is Win32Exception || error is InvalidOperationException || error is PlatformNotSupportedException)
        {
            // No opener on this machine (a server, a container): the printed URL is enough.
        }
    }
}
