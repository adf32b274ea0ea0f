using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests;

/// <summary>DataCollection&lt;TKey,TValue&gt;, through its simplest subclass.</summary>
public class DataCollectionOfKeyValueTests
{
    [Test]
    public void Type_IsOnlyEnumerable_NotADictionary()
    {
        var type = typeof(DataCollection<string, object>);

        Assert.Multiple(() =>
        {
            Assert.That(typeof(IEnumerable<KeyValuePair<string, object>>).IsAssignableFrom(type), Is.True);
            Assert.That(typeof(IDictionary<string, object>).IsAssignableFrom(type), Is.False);
            Assert.That(typeof(IReadOnlyDictionary<string, object>).IsAssignableFrom(type), Is.False);
            Assert.That(typeof(ICollection<KeyValuePair<string, object>>).IsAssignableFrom(type), Is.False);
            Assert.That(typeof(IDictionary).IsAssignableFrom(type), Is.False);
            Assert.That(type.IsAbstract, Is.True);
        });
    }

    [Test]
    public void Add_DuplicateKey_Throws()
    {
        var attributes = new AttributeCollection { { "name", "Contoso" } };

        Assert.Throws<ArgumentException>(() => attributes.Add("name", "Fabrikam"));
    }

    [Test]
    public void Indexer_MissingKey_ThrowsKeyNotFound()
    {
        Assert.Throws<KeyNotFoundException>(() => _ = new AttributeCollection()["name"]);
    }

    [Test]
    public void Indexer_Set_AddsOrReplaces()
    {
        var attributes = new AttributeCollection { ["name"] = "Contoso" };

        attributes["name"] = "Fabrikam";

        Assert.Multiple(() =>
        {
            Assert.That(attributes["name"], Is.EqualTo("Fabrikam"));
            Assert.That(attributes.Count, Is.EqualTo(1));
        });
    }

    [Test]
    public void TryGetValue_ReportsPresence()
    {
        var attributes = new AttributeCollection { { "name", "Contoso" } };

        Assert.Multiple(() =>
        {
            Assert.That(attributes.TryGetValue("name", out var name) && (string)name == "Contoso", Is.True);
            Assert.That(attributes.TryGetValue("fax", out var fax), Is.False);
            Assert.That(fax, Is.Null);
        });
    }

    [Test]
    public void ContainsAndContainsKey_CheckKeysAndPairs()
    {
        var attributes = new AttributeCollection { { "name", "Contoso" } };

        Assert.Multiple(() =>
        {
            Assert.That(attributes.Contains("name"), Is.True);
            Assert.That(attributes.ContainsKey("name"), Is.True);
            Assert.That(attributes.Contains(new KeyValuePair<string, object>("name", "Contoso")), Is.True);
            Assert.That(attributes.Contains(new KeyValuePair<string, object>("name", "Other")), Is.False);
        });
    }

    [Test]
    public void AddRange_AddsEveryPair_AndIgnoresNull()
    {
        var attributes = new AttributeCollection();

        attributes.AddRange(new KeyValuePair<string, object>("a", 1), new KeyValuePair<string, object>("b", 2));
        attributes.AddRange((IEnumerable<KeyValuePair<string, object>>)null!);

        Assert.That(attributes.Keys, Is.EquivalentTo(new[] { "a", "b" }));
    }

    [Test]
    public void RemoveAndClear_EmptyTheCollection()
    {
        var attributes = new AttributeCollection { { "a", 1 }, { "b", 2 }, { "c", 3 } };

        Assert.Multiple(() =>
        {
            Assert.That(attributes.Remove("a"), Is.True);
            Assert.That(attributes.Remove("a"), Is.False);
            Assert.That(attributes.Remove(new KeyValuePair<string, object>("b", 2)), Is.True);
        });
        attributes.Clear();

        Assert.That(attributes.Count, Is.EqualTo(0));
    }

    [Test]
    public void KeysValuesCopyTo_ExposeTheEntries()
    {
        var attributes = new AttributeCollection { { "a", 1 } };
        var copy = new KeyValuePair<string, object>[1];

        attributes.CopyTo(copy, 0);

        Assert.Multiple(() =>
        {
            Assert.That(attributes.Keys.Single(), Is.EqualTo("a"));
            Assert.That(attributes.Values.Single(), Is.EqualTo(1));
            Assert.That(copy[0], Is.EqualTo(new KeyValuePair<string, object>("a", 1)));
            Assert.That(attributes.IsReadOnly, Is.False);
        });
    }
}
