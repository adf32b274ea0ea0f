using System;
using System.IO;

namespace CrmEnablement.Cli.IO;

/// <summary>
/// Checks, before a command reads an environment or sends anything, that the file it will write at
/// the end can be written: a bad path then costs nothing instead of a whole import or export.
/// </summary>
public static class OutputFile
{
    /// <summary>
    /// Throws unless <paramref name="path"/>'s folder exists and a file can be created or opened for
    /// writing there. An existing file is opened without being changed; a new one is created and
    /// removed again, so the check leaves nothing behind.
    /// </summary>
    /// <param name="path">The path as the user typed it.</param>
    /// <param name="what">What the file is, for messages ("rejects file").</param>
    /// <exception cref="InputException">The folder is missing, the path is a folder, or the file cannot be written.</exception>
    public static void CheckWritable(string path, string what)
    {
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception error) when (error is ArgumentException || error is NotSupportedException || error is PathTooLongException)
        {
            throw new InputException(CliMessages.OutputUnwritable(what, path, error.Message));
        }

        if (Directory.Exists(full))
        {
            throw new InputException(CliMessages.OutputIsFolder(what, path));
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new InputException(CliMessages.OutputFolderMissing(what, path, folder));
        }

        try
        {
            // Open (not truncate) an existing file; create a new one that the system deletes on close.
            using var probe = File.Exists(full)
                ? new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete)
                : new FileStream(full, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1, FileOptions.DeleteOnClose);
        }
        catch (Exception error) when (error is IOException || error is UnauthorizedAccessException)
        {
            throw new InputException(CliMessages.OutputUnwritable(what, path, error.Message));
        }
    }

    /// <summary>True when <paramref name="first"/> and <paramref name="second"/> name the same file.</summary>
    public static bool SameFile(string first, string second)
    {
        var comparison = OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        return string.Equals(Path.GetFullPath(first), Path.GetFullPath(second), comparison);
    }
}
