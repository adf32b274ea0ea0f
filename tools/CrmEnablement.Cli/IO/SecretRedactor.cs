using System;
using System.Collections.Generic;
using System.Linq;

namespace CrmEnablement.Cli.IO;

/// <summary>
/// The secrets of a run (token, client secret); anything printed passes through <see cref="Redact"/>.
/// Only values of at least <see cref="MinimumLength"/> characters are masked: real bearer tokens and
/// client secrets are far longer, and masking a value as short as <c>t</c> would garble every
/// message that happens to contain it ("canno*** reach").
/// </summary>
public sealed class SecretRedactor
{
    /// <summary>What a secret is replaced with.</summary>
    public const string Mask = "***";

    /// <summary>The shortest value that is masked.</summary>
    public const int MinimumLength = 8;

    private readonly object _gate = new();
    private string[] _secrets = Array.Empty<string>();

    /// <summary>Adds values to hide from now on; values shorter than <see cref="MinimumLength"/> are ignored.</summary>
    public void Add(IEnumerable<string> secrets)
    {
        lock (_gate)
        {
            // Longest first, so a secret that contains another is hidden whole.
            _secrets = _secrets.Concat(secrets.Where(secret => secret.Length >= MinimumLength)).Distinct().OrderByDescending(secret => secret.Length).ToArray();
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
