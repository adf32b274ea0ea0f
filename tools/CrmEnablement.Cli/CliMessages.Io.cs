using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Cli;

/// <summary>Files a command writes, catalogues with no usable row, and content rows export cannot carry.</summary>
public static partial class CliMessages
{
    // ---- Output files, checked before anything is read or sent

    public static string OutputFolderMissing(string what, string path, string folder) =>
        $"cen: cannot write the {what} '{path}': the folder '{folder}' does not exist. Create it or give another path; nothing was read or sent.";

    public static string OutputIsFolder(string what, string path) =>
        $"cen: cannot write the {what} '{path}': it is a folder; give a file name. Nothing was read or sent.";

    public static string OutputUnwritable(string what, string path, string reason) =>
        $"cen: cannot write the {what} '{path}': {reason.Trim().TrimEnd('.')}. Give a path you can write to; nothing was read or sent.";

    public static string RejectsIsCatalogue(string path) =>
        $"cen: --rejects '{path}' is the catalogue being imported, which the rejected rows would overwrite; give another file.";

    // ---- Catalogues with no valid row

    public static string NoValidRowLeft(string path, int rows) =>
        $"cen: no valid row is left in '{path}': all {rows} row(s) are invalid, so there is nothing to rank. Fix them (cen validate lists them) and run again.";

    /// <summary>The summary of an import whose every row is invalid: nothing was sent, the environment was not contacted.</summary>
    internal static string[] NothingImported(string path, System.Uri environment, int rejected, string? rejectsPath) => new[]
    {
        $"cen: nothing was imported from '{path}': all {rejected:N0} row(s) are invalid, so cen did not connect to {environment}.",
        $"  {"rejected",-14}{rejected,8:N0}" + (rejectsPath is null ? "" : $"  (written to '{rejectsPath}')"),
        "  Fix the rows listed above and import the file again.",
    };

    // ---- Content rows read from an environment

    /// <summary>One warning for every content row without an external id; <paramref name="examples"/> are the first few (title, row id).</summary>
    internal static string RowsWithoutExternalId(int count, IReadOnlyList<(string? Title, string? RowId)> examples)
    {
        var named = string.Join(", ", examples.Select(row => $"'{row.Title ?? "(no title)"}' (row id {row.RowId ?? "unknown"})"));
        var more = count > examples.Count ? $" and {count - examples.Count:N0} more" : "";
        return $"cen: warning: {count:N0} content row(s) of the environment have no External ID ({ContentColumns.ExternalId}), so they are left out: {named}{more}. "
            + "Give each an External ID in the app (the catalogue id it should have), or delete the rows you do not need.";
    }

    /// <summary>Export refuses: a value no label of the vocabularies has, with where to add the label.</summary>
    internal static string ExportUnknownOption(UnknownOption unknown, string? settingsPath)
    {
        var facet = FacetNames.Display(unknown.Facet);
        var problem = $"cen: {unknown.ExternalId}: column {unknown.CatalogColumn} ({unknown.Column}) has option value {unknown.Value}, which no {facet} label has; ";
        if (!VocabularySet.IsOverridable(unknown.Facet))
        {
            var labels = string.Join(", ", VocabularySet.Default[unknown.Facet].Terms.Select(term => term.Label));
            return problem + $"the {facet} options are fixed ({labels}), so set the row's {facet} to one of them in the app.";
        }

        var key = "vocabularies." + FacetNames.SettingsKey(unknown.Facet);
        return problem + (settingsPath is null
            ? $"add a label with that value to {key} in the environment's {EnvironmentSettingsReader.SchemaName} (or in a file you pass as --settings FILE)."
            : $"add a label with that value to {key} in '{settingsPath}' (the --settings file).");
    }

    /// <summary>Export refuses: the related training is a row without an external id, which the CSV cannot name.</summary>
    internal static string ExportRelatedWithoutKey(string externalId, string? rowId) =>
        $"cen: {externalId}: column {CatalogColumns.RelatedTraining} links to the content row {(string.IsNullOrEmpty(rowId) ? "(id not given)" : rowId)}, which has no External ID, so the CSV cannot name it "
        + "(importing the file back would remove the link). Give that row an External ID in the app.";

    public static string ExportRefused(string path, int problems) =>
        $"cen: nothing was written to '{path}': the {problems} value(s) above cannot be written as catalogue cells, so importing the file back would change "
        + "those rows (an empty multi-select cell means every value; a choice would be emptied or changed). Fix them and export again.";
}
