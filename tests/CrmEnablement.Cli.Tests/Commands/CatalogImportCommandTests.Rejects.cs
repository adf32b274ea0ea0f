using System;
using System.IO;
using System.Linq;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Cli.IO;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Engine.Catalog;

namespace CrmEnablement.Cli.Tests.Commands;

/// <summary><c>cen catalog import</c>'s rejects file: checked before anything is sent, lossless, and a file with no valid row.</summary>
public partial class CatalogImportCommandTests
{
    [Test]
    public void Import_RejectsFolderMissing_ExitsTwoBeforeSendingAnything()
    {
        var folder = Temp.PathOf("no-such-folder");
        var rejects = Path.Combine(folder, "rj.csv");

        var result = Cen.Run("catalog", "import", "--file", Catalog(new CatalogCsvBuilder().Row("A").Row("B", (CatalogColumns.Kind, "Case Stuy"))),
            "--skip-invalid", "--rejects", rejects);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { CliMessages.OutputFolderMissing("rejects file", rejects, folder) }));
        Assert.That(Fake.Requests, Is.Zero, "the path is checked before connecting");
        Assert.That(Fake.Content.Count, Is.Zero);
    }

    [Test]
    public void Import_RejectsIsTheCatalogueItself_ExitsTwoAndLeavesTheCatalogue()
    {
        var path = Catalog(new CatalogCsvBuilder().Row("A").Row("B", (CatalogColumns.Kind, "Case Stuy")));
        var before = File.ReadAllText(path);

        var result = Cen.Run("catalog", "import", "--file", path, "--skip-invalid", "--rejects", path);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Is.EqualTo(new[] { CliMessages.RejectsIsCatalogue(path) }));
        Assert.That(File.ReadAllText(path), Is.EqualTo(before));
        Assert.That(Fake.Requests, Is.Zero);
    }

    [Test]
    public void Import_RowWithMoreFieldsThanTheHeader_RejectsFileKeepsEveryFieldAndImportsOnceFixed()
    {
        var title = "Claims, fraud, and you";
        var good = new CatalogCsvBuilder().Row("A").Lines();
        var broken = string.Join(",", CatalogColumns.All.Select(column => column == CatalogColumns.Title ? title : CatalogCsvBuilder.Quote(CatalogCsvBuilder.ValidRow("B")[column])));
        var path = Temp.Write("catalog.csv", string.Join("\n", good.Append(broken)) + "\n");
        var rejects = Temp.PathOf("rejects.csv");
        var original = CatalogCsvReader.Parse(path, File.ReadAllText(path)).Rows[1].Cells;

        var result = Cen.Run("catalog", "import", "--file", path, "--skip-invalid", "--rejects", rejects);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CompletedWithRejections), result.Error);
        var (header, rows) = CatalogCsvReader.Parse(rejects, File.ReadAllText(rejects));
        Assert.That(original, Has.Count.EqualTo(CatalogColumns.All.Count + 2));
        Assert.That(header, Is.EqualTo(CatalogColumns.All.Prepend(RejectsCsvWriter.ReasonColumn)));
        Assert.That(rows.Single().Cells.Skip(1), Is.EqualTo(original), "every field of the row, none cut");

        // What the lead does: delete the reason column, put the title's pieces back together, import.
        var cells = rows.Single().Cells.Skip(1).ToList();
        var titleAt = CatalogColumns.All.ToList().IndexOf(CatalogColumns.Title);
        cells[titleAt] = string.Join(",", cells.Skip(titleAt).Take(3));
        cells.RemoveRange(titleAt + 1, 2);
        var fixedPath = Temp.Write("fixed.csv", string.Join(",", CatalogColumns.All) + "\n" + string.Join(",", cells.Select(CatalogCsvBuilder.Quote)) + "\n");
        var again = Cen.Run("catalog", "import", "--file", fixedPath);

        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Ok), again.Error);
        Assert.That(Fake.Content.Row("B")![ContentColumns.Name]!.GetValue<string>(), Is.EqualTo(title));
    }

    [Test]
    public void Import_EveryRowInvalidWithSkipInvalid_DoesNotConnectWritesRejectsExitsThree()
    {
        var path = Catalog(new CatalogCsvBuilder().Row("A", (CatalogColumns.Kind, "Case Stuy")).Row("B", (CatalogColumns.Status, "Live")));
        var rejects = Temp.PathOf("rejects.csv");

        var result = Cen.Run("catalog", "import", "--file", path, "--skip-invalid", "--rejects", rejects);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CompletedWithRejections), result.Error);
        Assert.That(Fake.Requests, Is.Zero, "nothing to send, so no sign-in and no read");
        Assert.That(result.OutLines, Is.EqualTo(CliMessages.NothingImported(path, new Uri(Fake.Url), 2, rejects)));
        Assert.That(result.ErrorLines.Count(line => line.Contains(": rejected: ")), Is.EqualTo(2));
        var (_, rows) = CatalogCsvReader.Parse(rejects, File.ReadAllText(rejects));
        Assert.That(rows.Select(row => row.Cells[1]), Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public void Import_EveryRowInvalidWithoutRejects_StillSaysNothingWasImported()
    {
        var path = Catalog(new CatalogCsvBuilder().Row("A", (CatalogColumns.Kind, "Case Stuy")));

        var result = Cen.Run("catalog", "import", "--file", path, "--skip-invalid");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.CompletedWithRejections));
        Assert.That(result.OutLines, Is.EqualTo(CliMessages.NothingImported(path, new Uri(Fake.Url), 1, null)));
        Assert.That(Fake.Requests, Is.Zero);
    }
}
