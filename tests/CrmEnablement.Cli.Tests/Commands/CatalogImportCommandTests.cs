using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.IO;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Cli.Tests.Commands;

public partial class CatalogImportCommandTests : FakeDataverseFixture
{
    [Test]
    public void Import_NewCatalog_CreatesEveryRowAndExitsZero()
    {
        var path = Catalog(new CatalogCsvBuilder().Row("A").Row("B").Row("C"));

        var result = Cen.Run("catalog", "import", "--file", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(Fake.Content.Keys(), Is.EqualTo(new[] { "A", "B", "C" }));
        Assert.That(Fake.Content.Created, Is.EqualTo(3));
        Assert.That(result.OutLines, Has.Some.Match(@"^\s+created\s+3$"));
        Assert.That(Fake.BatchSizes.Sum(), Is.EqualTo(3), "one write per row");
    }

    [Test]
    public void Import_SameFileTwice_SecondRunSendsNoWrite()
    {
        var path = Catalog(new CatalogCsvBuilder().Row("A").Row("B", (CatalogColumns.RelatedTraining, "T")).Row("T", (CatalogColumns.Audience, "Internal"), (CatalogColumns.Kind, "Training Module")));
        Assert.That(Cen.Run("catalog", "import", "--file", path).ExitCode, Is.EqualTo(ExitCodes.Ok));
        var requests = Fake.Requests;

        var again = Cen.Run("catalog", "import", "--file", path);

        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Ok), again.Error);
        Assert.That(Fake.Requests - requests, Is.EqualTo(1), "only the read; its create-only writes find the rows there");
        Assert.That((Fake.Content.Updated, Fake.Content.Count), Is.EqualTo((0, 3)));
        Assert.That(again.OutLines, Has.Some.Match(@"^\s+unchanged\s+3$"));
    }

    [Test]
    public void Import_ChangedTitle_UpdatesOnlyThatRow()
    {
        Assert.That(Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A").Row("B"))).ExitCode, Is.EqualTo(ExitCodes.Ok));

        var result = Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A").Row("B", (CatalogColumns.Title, "New title"))));

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(Fake.Content.Updated, Is.EqualTo(1));
        Assert.That(Fake.Content.Row("B")![ContentColumns.Name]!.GetValue<string>(), Is.EqualTo("New title"));
        Assert.That(result.OutLines, Has.Some.Match(@"^\s+updated\s+1$"));
    }

    [Test]
    public void Import_Labels_BecomeTheVocabularyOptionValues()
    {
        var path = Catalog(new CatalogCsvBuilder().Row("A", (CatalogColumns.BuyerRoles, "Champion;economic buyer"), (CatalogColumns.Status, "Retired")));

        Cen.Run("catalog", "import", "--file", path);

        var row = Fake.Content.Row("A")!;
        var vocabularies = VocabularySet.Default;
        int Value(Facet facet, string label) => vocabularies[facet].Terms.Single(term => term.Label == label).Value;
        Assert.That(row[ContentColumns.BuyerRoles]!.GetValue<string>(), Is.EqualTo($"{Value(Facet.BuyerRole, "Economic Buyer")},{Value(Facet.BuyerRole, "Champion")}"));
        Assert.That(row[ContentColumns.Industries]!.GetValue<string>(), Is.EqualTo(Value(Facet.Industry, "Insurance").ToString()));
        Assert.That(row[ContentColumns.Kind]!.GetValue<int>(), Is.EqualTo(Value(Facet.Kind, "Case Study")));
        Assert.That(row[ContentColumns.StatusCode]!.GetValue<int>(), Is.EqualTo(Value(Facet.Status, "Retired")));
        Assert.That(row[ContentColumns.StateCode]!.GetValue<int>(), Is.EqualTo(ContentColumns.InactiveState));
        Assert.That(row[ContentColumns.PublishedOn]!.GetValue<string>(), Is.EqualTo("2026-01-15"));
    }

    [Test]
    public void Import_InvalidRowWithoutSkipInvalid_ExitsTwoAndSendsNothing()
    {
        var path = Catalog(new CatalogCsvBuilder().Row("A").Row("B", (CatalogColumns.Kind, "Case Stuy")));

        var result = Cen.Run("catalog", "import", "--file", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain($"{path}:3: column {CatalogColumns.Kind}: {CatalogMessages.UnknownLabel(Facet.Kind, "Case Stuy", "Case Study")}"));
        Assert.That(Fake.Requests, Is.Zero, "nothing is sent when any row is invalid");
    }

    [Test]
    public void Import_SkipInvalidWithRejects_ImportsValidRowsAndWritesReasonsExitsThree()
    {
        var path = Catalog(new CatalogCsvBuilder().Row("A").Row("B", (CatalogColumns.Kind, "Case Stuy")).Row("C"));
        var rejects = Temp.PathOf("rejects.csv");

        var result = Cen.Run("catalog", "import", "--file", path, "--skip-invalid", "--rejects", rejects);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CompletedWithRejections), result.Error);
        Assert.That(Fake.Content.Keys(), Is.EqualTo(new[] { "A", "C" }));
        var (header, rows) = CatalogCsvReader.Parse(rejects, File.ReadAllText(rejects));
        Assert.That(header![0], Is.EqualTo(RejectsCsvWriter.ReasonColumn));
        Assert.That(rows.Select(row => row.Cells[1]), Is.EqualTo(new[] { "B" }));
        Assert.That(rows[0].Cells[0], Does.Contain(CatalogMessages.UnknownLabel(Facet.Kind, "Case Stuy", "Case Study")));
    }

    [Test]
    public void Import_RelatedTrainingListedBeforeItsTarget_BindsTheLookupToTheTarget()
    {
        var path = Catalog(new CatalogCsvBuilder()
            .Row("CNT-1", (CatalogColumns.RelatedTraining, "TRN-1"))
            .Row("TRN-1", (CatalogColumns.Audience, "Internal"), (CatalogColumns.Kind, "Training Module")));

        var result = Cen.Run("catalog", "import", "--file", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        var target = Fake.Content.Row("TRN-1")![ContentColumns.PrimaryId]!.GetValue<string>();
        Assert.That(Fake.Content.Row("CNT-1")![ContentColumns.RelatedTraining]!.GetValue<string>(), Is.EqualTo(target));
    }

    [Test]
    public void Import_RowRefusedByTheEnvironment_RejectsOnlyThatRowExitsThree()
    {
        Fake.FailRow("B", 400);
        var rejects = Temp.PathOf("rejects.csv");

        var result = Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A").Row("B").Row("C")), "--rejects", rejects);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CompletedWithRejections), result.Error);
        Assert.That(Fake.Content.Keys(), Is.EqualTo(new[] { "A", "C" }));
        Assert.That(result.Error, Does.Contain("400 Bad Request"));
        Assert.That(File.ReadAllText(rejects), Does.Contain("breaks a business rule"));
    }

    [Test]
    public void Import_BatchSize_SplitsTheWritesIntoBatchesOfThatSize()
    {
        var builder = new CatalogCsvBuilder();
        foreach (var index in Enumerable.Range(1, 25))
        {
            builder.Row($"ID-{index:00}");
        }

        var result = Cen.Run("catalog", "import", "--file", Catalog(builder), "--batch-size", "10");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(Fake.BatchSizes.Where(size => size > 0).OrderByDescending(size => size), Is.EqualTo(new[] { 10, 10, 5 }));
    }

    [Test]
    public void Import_DryRun_SaysWhatWouldChangeAndWritesNothing()
    {
        var result = Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A")), "--dry-run");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(Fake.Content.Count, Is.Zero);
        Assert.That(result.OutLines, Has.Some.Match(@"^\s+would create\s+1$"));
    }

    [TestCase("0")]
    [TestCase("1001")]
    public void Import_BatchSizeOutOfRange_ExitsTwo(string size)
    {
        var result = Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A")), "--batch-size", size);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.BadBatchSize(int.Parse(size))));
    }

    [Test]
    public void Import_Redirected_PrintsPlainProgressLines()
    {
        var result = Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A").Row("B")));

        Assert.That(result.ErrorLines, Does.Contain(CliMessages.Progress(2, 2)));
    }

    [Test]
    public void Import_AtTerminal_DrawsABarAndStillSummarises()
    {
        var args = new[] { "catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A")), "--url", Fake.Url, "--token", FakeDataverse.Token };

        var result = Cen.RunRaw(outputIsTerminal: true, args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.Error, Does.Contain("100%"));
        Assert.That(result.OutLines, Has.Some.Match(@"^\s+created\s+1$"));
    }

    [Test]
    public void Import_AtTerminalWithErrorsRedirected_WritesPlainLinesNotABar()
    {
        var args = new[] { "catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A")), "--url", Fake.Url, "--token", FakeDataverse.Token };

        var result = Cen.RunRaw(outputIsTerminal: true, errorIsTerminal: false, args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(result.ErrorLines, Does.Contain(CliMessages.Progress(1, 1)), "cen catalog import ... 2>log gets lines a log can hold");
        Assert.That(result.ErrorLines, Is.All.StartWith("cen: "), "whole lines only, no redrawn bar");
    }

    [Test]
    public void Import_BatchSizeNotANumber_PointsAtTheSubcommandsHelp()
    {
        var result = CliRunner.Run("catalog", "import", "--file", "catalog.csv", "--batch-size", "many");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { "cen: " + CliMessages.NotAWholeNumber("--batch-size", "many"), CliMessages.Usage("catalog import") }));
    }

    private string Catalog(CatalogCsvBuilder builder) => Temp.Write("catalog.csv", builder.Build());
}
