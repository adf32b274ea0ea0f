using System.IO;
using System.Linq;
using CrmEnablement.Cli.IO;
using CrmEnablement.Engine.Catalog;

namespace CrmEnablement.BrowserTests.TestSupport;

/// <summary>
/// The sample catalogue without its industry-generic items: what a team has that tagged content
/// only for the industries it sells to most. A deal in any other industry then has a genuine gap.
/// The samples themselves have none for an open deal: their generic items fit every open deal.
/// </summary>
internal static class IndustryOnlyCatalog
{
    /// <summary>Writes the catalogue into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string folder)
    {
        var settings = SettingsJsonReader.Read(RepositoryFiles.Sample("settings.json"));
        var validation = CatalogCsvReader.ReadAndValidate(RepositoryFiles.Sample("catalog.csv"), new CatalogValidator(settings.Vocabularies));
        Assert.That(validation.IsValid, Is.True, "the sample catalogue is valid");
        var kept = validation.ContentItems.Where(item => item.Industries.Count > 0).ToList();
        var ids = kept.Select(item => item.Id).ToHashSet();

        // A refresher that was generic is gone too; the item keeps no link to it.
        var items = kept.Select(item => item.RelatedTraining is { } training && !ids.Contains(training) ? item with { RelatedTraining = null } : item);
        var path = Path.Combine(folder, "catalog.csv");
        using (var writer = new StreamWriter(path))
        {
            CatalogCsvWriter.Write(writer, items);
        }

        return path;
    }
}
