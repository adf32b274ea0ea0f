using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests;

/// <summary>DataCollection&lt;T&gt;, through EntityReferenceCollection.</summary>
public class DataCollectionOfTTests
{
    [Test]
    public void Constructors_AreNotPublic()
    {
        var constructors = typeof(DataCollection<string>).GetConstructors(BindingFlags.Public | BindingFlags.Instance);

        Assert.That(constructors, Is.Empty, "new DataCollection<T>() must not compile, as against the real SDK");
    }

    [Test]
    public void ListConstructor_CopiesTheList()
    {
        var source = new List<EntityReference> { new("account", System.Guid.NewGuid()) };

        var references = new EntityReferenceCollection(source);
        source.Clear();

        Assert.That(references.Count, Is.EqualTo(1));
    }

    [Test]
    public void AddRange_AppendsInOrder_AndIgnoresNull()
    {
        var values = new OptionSetValueCollection { new(1) };

        values.AddRange(new OptionSetValue(2), new OptionSetValue(3));
        values.AddRange((IEnumerable<OptionSetValue>)null!);

        Assert.That(values.Select(v => v.Value), Is.EqualTo(new[] { 1, 2, 3 }));
    }

    [Test]
    public void ToArray_ReturnsACopy()
    {
        var values = new OptionSetValueCollection(new[] { new OptionSetValue(7) });

        var array = values.ToArray();
        values.Clear();

        Assert.That(array.Single().Value, Is.EqualTo(7));
    }
}
