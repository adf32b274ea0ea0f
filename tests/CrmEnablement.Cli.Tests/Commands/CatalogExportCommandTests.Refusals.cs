using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.IO;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Cli.Tests.Commands;

/// <summary>
/// What <c>cen catalog export</c> will not write: a path it cannot write, rows without an external
/// id (skipped with a warning), and values the CSV cannot hold exactly (exit 2, nothing written).
/// </summary>
public partial class CatalogExportCommandTests
{
    [Test]
    public void Export_OutFolderMissing_ExitsTwoBeforeReadingTheEnvironment()
    {
        var folder = Temp.PathOf("no-such-folder");
        var path = Path.Combine(folder, "x.csv");

        var result = Cen.Run("catalog", "export", "--out", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { CliMessages.OutputFolderMissing("catalogue CSV", path, folder) }));
        Assert.That(Fake.Requests, Is.Zero);
    }

    [Test]
    public void Export_RowsWithoutExternalId_AreSkippedWithOneWarningNamingThree()
    {
        Cen.Run("catalog", "import", "--file", Temp.Write("in.csv", new CatalogCsvBuilder().Row("A").Row("B").Build()));
        var keyless = Enumerable.Range(1, 4).Select(index => Keyless("Untagged deck " + index)).ToArray();
        var exported = Temp.PathOf("exported.csv");

        var result = Cen.Run("catalog", "export", "--out", exported);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var named = keyless.Take(3).Select(row => ((string?)row.Title, (string?)row.Id)).ToArray();
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { CliMessages.RowsWithoutExternalId(4, named) }));
        Assert.That(result.ErrorLines[0], Does.Contain("'Untagged deck 1' (row id " + keyless[0].Id + ")").And.Contain("and 1 more"));
        Assert.That(CatalogCsvReader.ReadAndValidate(exported, new CatalogValidator(VocabularySet.Default)).ContentItems.Select(item => item.Id), Is.EqualTo(new[] { "A", "B" }));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void Export_OptionValuesNoVocabularyKnows_ExitsTwoNamingEachAndWritesNothing(bool withSettingsFile)
    {
        Cen.Run("catalog", "import", "--file", Temp.Write("in.csv", new CatalogCsvBuilder().Row("A").Row("B").Row("C").Build()));
        var insurance = VocabularySet.Default[Facet.Industry].Terms.Single(term => term.Label == "Insurance").Value;
        Change("A", ContentColumns.Industries, $"{insurance},103729999");
        Change("B", ContentColumns.Kind, 103729998);
        Change("B", ContentColumns.StatusCode, 7);
        var exported = Temp.Write("exported.csv", "the previous export\n");
        var settings = withSettingsFile ? Temp.Write("settings.json", "{}") : null;

        var result = settings is null
            ? Cen.Run("catalog", "export", "--out", exported)
            : Cen.Run("catalog", "export", "--out", exported, "--settings", settings);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(File.ReadAllText(exported), Is.EqualTo("the previous export\n"), "nothing written");
        Assert.That(result.Out, Is.Empty);
        Assert.That(result.ErrorLines, Is.EquivalentTo(new[]
        {
            CliMessages.ExportUnknownOption(new UnknownOption("A", Facet.Industry, ContentColumns.Industries, "103729999"), settings),
            CliMessages.ExportUnknownOption(new UnknownOption("B", Facet.Kind, ContentColumns.Kind, "103729998"), settings),
            CliMessages.ExportUnknownOption(new UnknownOption("B", Facet.Status, ContentColumns.StatusCode, "7"), settings),
            CliMessages.ExportRefused(exported, 3),
        }));
        Assert.That(result.ErrorLines.Last(), Is.EqualTo(CliMessages.ExportRefused(exported, 3)));
        Assert.That(result.ErrorLines[0], Does.StartWith("cen: A: column industries (cen_industries) has option value 103729999")
            .And.Contain(settings is null ? "cen_SuggestionSettings" : settings));
    }

    [Test]
    public void Export_WithoutSettings_LabelsWithTheEnvironmentsVocabularies()
    {
        Cen.Run("catalog", "import", "--file", Temp.Write("in.csv", new CatalogCsvBuilder().Row("A").Build()));
        Change("A", ContentColumns.Medium, 103729990);
        Fake.SuggestionSettings = (null, """{ "vocabularies": { "media": [ "Document", { "label": "Podcast", "value": 103729990 } ] } }""");
        var exported = Temp.PathOf("exported.csv");

        var result = Cen.Run("catalog", "export", "--out", exported);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var (header, rows) = CatalogCsvReader.Parse(exported, File.ReadAllText(exported));
        Assert.That(rows.Single().Cells[header!.ToList().IndexOf(CatalogColumns.Medium)], Is.EqualTo("Podcast"));
    }

    [Test]
    public void Export_RelatedTrainingWithoutExternalId_ExitsTwoRatherThanDropTheLink()
    {
        Cen.Run("catalog", "import", "--file", Temp.Write("in.csv", new CatalogCsvBuilder().Row("A").Build()));
        var training = Keyless("Onboarding course");
        Change("A", ContentColumns.RelatedTraining, training.Id);
        var exported = Temp.PathOf("exported.csv");

        var result = Cen.Run("catalog", "export", "--out", exported);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.ExportRelatedWithoutKey("A", training.Id)));
        Assert.That(File.Exists(exported), Is.False);
    }

    /// <summary>A content row made in the app without an External ID.</summary>
    private (string Title, string Id) Keyless(string title)
    {
        var id = Guid.NewGuid().ToString();
        Fake.Content.Put(new JsonObject { [ContentColumns.PrimaryId] = id, [ContentColumns.Name] = title, [ContentColumns.ExternalId] = null });
        return (title, id);
    }

    /// <summary>Sets a column of an existing row as the app would, bypassing cen's checks.</summary>
    private void Change(string externalId, string column, JsonNode value)
    {
        var row = Fake.Content.Row(externalId)!;
        row[column] = value;
        Fake.Content.Put(row);
    }
}
