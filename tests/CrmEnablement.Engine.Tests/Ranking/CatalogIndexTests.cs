using System;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;
using static CrmEnablement.Engine.Tests.TestSupport.ContentItemBuilder;

namespace CrmEnablement.Engine.Tests.Ranking;

public class CatalogIndexTests
{
    [Test]
    public void Build_SameIdTwice_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => CatalogIndex.Build(new[] { Item("A").Build(), Item("B").Build(), Item("A").Kind("Insight").Build() }, EngineSettings.Default));

        Assert.That(error!.Message, Does.Contain("'A'"));
    }

    [Test]
    public void Build_InvalidSettings_ThrowsWithProblems()
    {
        var settings = EngineSettings.Default with { TopK = 0 };

        var error = Assert.Throws<ArgumentException>(() => CatalogIndex.Build(new[] { Item("A").Build() }, settings));

        Assert.That(error!.Message, Does.Contain("topK"));
    }

    [Test]
    public void Build_AnyStatus_CountsAndFindsEveryItem()
    {
        var index = CatalogIndex.Build(new[] { Item("A").Build(), Item("B").Status(Model.ContentStatus.Draft).Build() }, EngineSettings.Default);

        Assert.That(index.Count, Is.EqualTo(2));
        Assert.That(index.TryGetItem("B", out var item) && item.Status == Model.ContentStatus.Draft, Is.True);
        // Ids match as Dataverse alternate keys do: regardless of case.
        Assert.That(index.TryGetItem("b", out var same) && same.Id == "B", Is.True);
        Assert.That(index.TryGetItem("C", out _), Is.False);
    }
}
