using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests;

public class EntityCollectionTests
{
    [Test]
    public void Entities_HasNoPublicSetter()
    {
        var setter = typeof(EntityCollection).GetProperty(nameof(EntityCollection.Entities))!.SetMethod;

        Assert.That(setter!.IsPublic, Is.False);
    }

    [Test]
    public void ListConstructor_CopiesRows_AndIndexerReadsThem()
    {
        var first = new Entity("account");
        var rows = new List<Entity> { first };

        var page = new EntityCollection(rows);
        rows.Add(new Entity("account"));

        Assert.Multiple(() =>
        {
            Assert.That(page.Entities.Count, Is.EqualTo(1));
            Assert.That(page[0], Is.SameAs(first));
        });
    }

    [Test]
    public void NewPage_HasEmptyRowsAndNoMoreRecords()
    {
        var page = new EntityCollection();

        Assert.Multiple(() =>
        {
            Assert.That(page.Entities, Is.Empty);
            Assert.That(page.MoreRecords, Is.False);
        });
    }
}
