using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests;

public class OptionSetValueTests
{
    [Test]
    public void Equals_SameValue_IsTrue()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new OptionSetValue(100000001), Is.EqualTo(new OptionSetValue(100000001)));
            Assert.That(new OptionSetValue(1).GetHashCode(), Is.EqualTo(new OptionSetValue(1).GetHashCode()));
            Assert.That(new OptionSetValue(1), Is.Not.EqualTo(new OptionSetValue(2)));
            Assert.That(new OptionSetValue(1).Equals(1), Is.False, "an int is not an option set value");
        });
    }
}
