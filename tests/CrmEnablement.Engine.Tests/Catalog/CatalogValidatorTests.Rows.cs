using System.Linq;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Tests.TestSupport;
using static CrmEnablement.Engine.Tests.TestSupport.CatalogRowBuilder;

namespace CrmEnablement.Engine.Tests.Catalog;

/// <summary>Checks across rows: duplicate ids and refreshers (relatedTraining).</summary>
public partial class CatalogValidatorTests
{
    [Test]
    public void Validate_DuplicateId_LaterRowsNameFirstLineAndEveryRowRejected()
    {
        var validation = CatalogFile.Validate(Row("A").OnLine(2), Row("B").OnLine(4), Row("A").OnLine(6), Row("A").OnLine(8));

        Assert.That(validation.Problems, Is.EqualTo(new[]
        {
            new CatalogProblem(2, CatalogColumns.Id, CatalogMessages.IdUsedAgain("A", new[] { 6, 8 })),
            new CatalogProblem(6, CatalogColumns.Id, CatalogMessages.DuplicateId("A", 2)),
            new CatalogProblem(8, CatalogColumns.Id, CatalogMessages.DuplicateId("A", 2)),
        }));
        Assert.That(validation.Items.Select(item => item.Line), Is.EqualTo(new[] { 4 }));
    }

    [Test]
    public void Validate_DuplicateIdInOtherRowOrder_SameRowsRejected()
    {
        var first = CatalogFile.Validate(Row("A").OnLine(2).With(CatalogColumns.Title, "one"), Row("A").OnLine(3).With(CatalogColumns.Title, "two"), Row("B").OnLine(4));
        var swapped = CatalogFile.Validate(Row("A").OnLine(2).With(CatalogColumns.Title, "two"), Row("A").OnLine(3).With(CatalogColumns.Title, "one"), Row("B").OnLine(4));

        Assert.That(first.ContentItems.Select(item => item.Id), Is.EqualTo(new[] { "B" }));
        Assert.That(swapped.ContentItems.Select(item => item.Id), Is.EqualTo(new[] { "B" }));
    }

    [Test]
    public void Validate_RelatedTrainingInternalItem_Accepted()
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.RelatedTraining, "T"), Row("T").Internal());

        Assert.That(validation.Problems, Is.Empty);
        Assert.That(validation.ContentItems.First().RelatedTraining, Is.EqualTo("T"));
    }

    [Test]
    public void Validate_RelatedTrainingUnknown_Problem()
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.RelatedTraining, "NOPE"), Row("T").Internal());

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(2, CatalogColumns.RelatedTraining, CatalogMessages.UnknownRelatedTraining("NOPE")) }));
        Assert.That(validation.ContentItems.Select(item => item.Id), Is.EqualTo(new[] { "T" }));
    }

    [Test]
    public void Validate_RelatedTrainingSelf_Problem()
    {
        var validation = CatalogFile.Validate(Row("T").Internal().With(CatalogColumns.RelatedTraining, "T"));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(2, CatalogColumns.RelatedTraining, CatalogMessages.SelfRelatedTraining) }));
    }

    [Test]
    public void Validate_RelatedTrainingClientFacing_ProblemNamesTargetLine()
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.RelatedTraining, "B"), Row("X"), Row("B"));

        Assert.That(validation.Problems, Is.EqualTo(new[] { new CatalogProblem(2, CatalogColumns.RelatedTraining, CatalogMessages.RelatedTrainingNotInternal("B", 4)) }));
        Assert.That(validation.ContentItems.Select(item => item.Id), Is.EqualTo(new[] { "X", "B" }));
    }

    [Test]
    public void Validate_RelatedTrainingLaterInFile_Accepted()
    {
        var validation = CatalogFile.Validate(Row("A").With(CatalogColumns.RelatedTraining, "T"), Row("B"), Row("T").Internal());

        Assert.That(validation.Problems, Is.Empty);
    }
}
