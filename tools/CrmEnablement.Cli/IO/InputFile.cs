using System;
using System.IO;
using System.Text;

namespace CrmEnablement.Cli.IO;

/// <summary>Reads an input file as UTF-8 text (with or without BOM), or says clearly why it cannot.</summary>
public static class InputFile
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The file's text.</summary>
    /// <param name="path">The path as the user typed it.</param>
    /// <param name="what">What the file is, for messages ("catalogue").</param>
    /// <exception cref="InputException">Missing, unreadable or not UTF-8.</exception>
    public static string ReadText(string path, string what)
    {
        if (Directory.Exists(path))
        {
            throw new InputException(CliMessages.IsDirectory(what, path));
        }

        if (!File.Exists(path))
        {
            throw new InputException(CliMessages.FileNotFound(what, path));
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            var text = StrictUtf8.GetString(bytes);
            return text.Length > 0 && text[0] == '\uFEFF' ? text.Substring(1) : text;
        }
        catch (DecoderFallbackException)
        {
            throw new InputException(CliMessages.NotUtf8(what, path));
        }
        catch (Exception error) when (error is IOException || error is UnauthorizedAccessException)
        {
            throw new InputException(CliMessages.Unreadable(what, path, error.Message));
        }
    }
}
