using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests;

public class ParameterCollectionTests
{
    [Test]
    public void TryGetValueOfT_PresentOfType_ReturnsTrue()
    {
        var target = new Entity("opportunity");
        var inputs = new ParameterCollection { { "Target", target } };

        Assert.Multiple(() =>
        {
            Assert.That(inputs.TryGetValue("Target", out Entity found), Is.True);
            Assert.That(found, Is.SameAs(target));
        });
    }

    [Test]
    public void TryGetValueOfT_WrongTypeOrMissing_ReturnsFalseAndDefault()
    {
        var inputs = new ParameterCollection { { "Target", new EntityReference("opportunity", System.Guid.NewGuid()) } };

        Assert.Multiple(() =>
        {
            Assert.That(inputs.TryGetValue("Target", out Entity wrong), Is.False);
            Assert.That(wrong, Is.Null);
            Assert.That(inputs.TryGetValue("Missing", out int missing), Is.False);
            Assert.That(missing, Is.EqualTo(0));
        });
    }

    // Regression: the generic overload once called itself (an unqualified TryGetValue inside it
    // bound to TryGetValue<object>) and overflowed the stack.
    [Test]
    public void TryGetValueOfT_AsObject_ReturnsStoredValue()
    {
        var inputs = new ParameterCollection { { "Top", 8 } };

        Assert.Multiple(() =>
        {
            Assert.That(inputs.TryGetValue("Top", out object top), Is.True);
            Assert.That(top, Is.EqualTo(8));
        });
    }

    [Test]
    public void AddOrUpdateIfNotNull_SkipsNullAndOverwritesOtherwise()
    {
        var outputs = new ParameterCollection { { "Count", 1 } };

        outputs.AddOrUpdateIfNotNull("Count", 2);
        outputs.AddOrUpdateIfNotNull("Ignored", null!);

        Assert.Multiple(() =>
        {
            Assert.That(outputs["Count"], Is.EqualTo(2));
            Assert.That(outputs.Contains("Ignored"), Is.False);
        });
    }

    [Test]
    public void Type_IsNotSealed()
    {
        Assert.That(typeof(ParameterCollection).IsSealed, Is.False);
    }
}
