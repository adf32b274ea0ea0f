using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests;

public class EntityReferenceTests
{
    private static readonly Guid RowId = new("6f1c2b7e-3d4a-4e5f-8a9b-0c1d2e3f4a5b");

    [Test]
    public void Equals_SameTableAndId_IgnoresNameAndRowVersion()
    {
        var left = new EntityReference("account", RowId) { Name = "Contoso", RowVersion = "1" };
        var right = new EntityReference("account", RowId) { Name = "Contoso Ltd", RowVersion = "2" };

        Assert.Multiple(() =>
        {
            Assert.That(left, Is.EqualTo(right));
            Assert.That(left.GetHashCode(), Is.EqualTo(right.GetHashCode()));
        });
    }

    [Test]
    public void Equals_OtherIdOrTable_IsFalse()
    {
        var reference = new EntityReference("account", RowId);

        Assert.Multiple(() =>
        {
            Assert.That(reference, Is.Not.EqualTo(new EntityReference("account", Guid.NewGuid())));
            Assert.That(reference, Is.Not.EqualTo(new EntityReference("contact", RowId)));
            Assert.That(reference, Is.Not.EqualTo(new EntityReference("Account", RowId)), "table names compare ordinally");
            Assert.That(reference.Equals(null), Is.False);
        });
    }

    [Test]
    public void Equals_AlternateKeys_CompareByValues()
    {
        var left = new EntityReference("account", "accountnumber", "AC-1001");

        Assert.Multiple(() =>
        {
            Assert.That(left, Is.EqualTo(new EntityReference("account", "accountnumber", "AC-1001")));
            Assert.That(left, Is.Not.EqualTo(new EntityReference("account", "accountnumber", "AC-1002")));
        });
    }

    [Test]
    public void AsDictionaryKey_FindsEqualReference()
    {
        var seen = new HashSet<EntityReference> { new("account", RowId) };

        Assert.That(seen.Contains(new EntityReference("account", RowId)), Is.True);
    }

    [Test]
    public void KeyAttributes_NeverNull()
    {
        Assert.That(new EntityReference().KeyAttributes, Is.Empty);
    }
}
