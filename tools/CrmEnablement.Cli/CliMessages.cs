namespace CrmEnablement.Cli;

/// <summary>Every message <c>cen</c> prints about its inputs, in one place so tests assert on them.</summary>
public static class CliMessages
{
    public const string VerboseHint = "Run again with --verbose for the details.";

    public static string FileNotFound(string what, string path) => $"cen: cannot read the {what} '{path}': the file does not exist.";

    public static string IsDirectory(string what, string path) => $"cen: cannot read the {what} '{path}': it is a folder; give a file.";

    public static string Unreadable(string what, string path, string reason) => $"cen: cannot read the {what} '{path}': {reason}";

    public static string NotUtf8(string what, string path) =>
        $"cen: the {what} '{path}' is not UTF-8 text; save it as UTF-8 (in Excel: CSV UTF-8) and try again.";

    public static string Unexpected(string message) => $"cen: unexpected failure: {message}";

    public static string BadAsOf(string text) => $"cen: --as-of '{text}' is not a date; expected yyyy-MM-dd.";

    public static string BadTop(int top) => $"cen: --top {top} is out of range; give a number from 1 to 100.";

    public static string Usage(string command) => $"Run 'cen {command} --help' for usage.";

    public static string CatalogInvalid(string path, int count) =>
        $"cen: the catalogue '{path}' has {count} problem(s); fix them, or pass --skip-invalid to use only the valid rows.";

    public static string SkippedRows(string path, int rows) => $"cen: warning: skipped {rows} invalid row(s) of '{path}'.";

    public static string CatalogFileInvalid(string path) => $"cen: the header of '{path}' must be fixed before any row can be used.";

    public static string Valid(string path, int rows) => $"{path}: valid ({rows} rows).";

    public static string Invalid(string path, int problems, int rows) => $"{path}: {problems} problem(s) in {rows} rows.";

    public static string MalformedCsv(string path, int line, string reason) => $"{path}:{line}: the CSV cannot be read here: {reason}";

    public static string Written(string path, int opportunities) => $"cen: wrote suggestions for {opportunities} opportunities to '{path}'.";

    public static string CannotWrite(string path, string reason) => $"cen: cannot write '{path}': {reason}";
}
