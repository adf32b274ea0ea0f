using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.Cli.IO;

/// <summary>The secrets of a run (token, client secret); anything printed passes through <see cref="Redact"/>.</summary>
public sealed class SecretRedactor
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "***";

    private readonly object _gate = new();
    private string[] _secrets = Array.Empty<string>();

    /// <summary>Adds values to hide from now on.</summary>
    public void Add(IEnumerable<string> secrets)
    {
        lock (_gate)
        {
            // Longest first, so a secret that contains another is hidden whole.
            _secrets = _secrets.Concat(secrets.Where(secret => secret.Length > 0)).Distinct().OrderByDescending(secret => secret.Length).ToArray();
        }
    }

    /// <summary><paramref name="text"/> with every secret masked.</summary>
    public string Redact(string text)
    {
        var secrets = _secrets;
        foreach (var secret in secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }
}
