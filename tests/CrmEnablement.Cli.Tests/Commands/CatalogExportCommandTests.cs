using System.IO;
using System.Linq;
using System.Threading.Tasks;
using CrmEnablement.Cli.IO;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Cli.Tests.TestSupport.FakeDataverse;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Cli.Tests.Commands;

public partial class CatalogExportCommandTests : FakeDataverseFixture
{
    [Test]
    public void Export_AfterImportingTheSamples_ImportsBackUnchanged()
    {
        Assert.That(Cen.Run("catalog", "import", "--file", Samples.Catalog).ExitCode, Is.EqualTo(ExitCodes.Ok));
        var exported = Temp.PathOf("exported.csv");

        var export = Cen.Run("catalog", "export", "--out", exported);
        var again = Cen.Run("catalog", "import", "--file", exported);

        Assert.That(export.ExitCode, Is.EqualTo(ExitCodes.Ok), export.Error);
        Assert.That(again.ExitCode, Is.EqualTo(ExitCodes.Ok), again.Error);
        Assert.That(Fake.Content.Updated, Is.Zero);
        Assert.That(again.OutLines, Has.Some.Match($@"^\s+unchanged\s+{Fake.Content.Count}$"));
    }

    [Test]
    public void Export_AfterImportingTheSamples_HoldsTheSameItems()
    {
        Cen.Run("catalog", "import", "--file", Samples.Catalog);
        var exported = Temp.PathOf("exported.csv");

        Cen.Run("catalog", "export", "--out", exported);

        var validator = new CatalogValidator(VocabularySet.Default);
        var original = CatalogCsvReader.ReadAndValidate(Samples.Catalog, validator).ContentItems.OrderBy(item => item.Id).ToArray();
        var roundTripped = CatalogCsvReader.ReadAndValidate(exported, validator);
        Assert.That(roundTripped.IsValid, Is.True, string.Join("\n", roundTripped.Problems));
        Assert.That(roundTripped.ContentItems, Is.EqualTo(original).Using<Engine.Model.ContentItem>(SameItem));
    }

    [Test]
    public void Export_QuotesCellsWithCommasQuotesAndLineBreaks()
    {
        var title = "Say \"no\", then\nsay yes";
        Cen.Run("catalog", "import", "--file", Temp.Write("in.csv", new CatalogCsvBuilder().Row("A", (CatalogColumns.Title, title)).Build()));
        var exported = Temp.PathOf("exported.csv");

        Cen.Run("catalog", "export", "--out", exported);

        var items = CatalogCsvReader.ReadAndValidate(exported, new CatalogValidator(VocabularySet.Default)).ContentItems;
        Assert.That(items.Single().Title, Is.EqualTo(title));
    }

    [Test]
    public void Export_MoreRowsThanAPage_FollowsTheNextLinks()
    {
        Fake.MaxPageSize = 2;
        Cen.Run("catalog", "import", "--file", Temp.Write("in.csv", new CatalogCsvBuilder().Row("A").Row("B").Row("C").Row("D").Row("E").Build()));
        var exported = Temp.PathOf("exported.csv");

        var result = Cen.Run("catalog", "export", "--out", exported);

        Assert.That(result.OutLines, Does.Contain(CliMessages.Exported(5, new System.Uri(Fake.Url), exported)));
        Assert.That(File.ReadAllLines(exported), Has.Length.EqualTo(6));
    }

    private static bool SameItem(Engine.Model.ContentItem left, Engine.Model.ContentItem right) =>
        left with { Industries = right.Industries, BuyerRoles = right.BuyerRoles, Phases = right.Phases, SalesStages = right.SalesStages, Challenges = right.Challenges } == right
        && left.Industries.SequenceEqual(right.Industries) && left.BuyerRoles.SequenceEqual(right.BuyerRoles) && left.Phases.SequenceEqual(right.Phases)
        && left.SalesStages.SequenceEqual(right.SalesStages) && left.Challenges.SequenceEqual(right.Challenges);
}
