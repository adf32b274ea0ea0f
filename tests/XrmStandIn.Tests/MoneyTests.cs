using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests;

public class MoneyTests
{
    [Test]
    public void Equals_SameAmount_IsTrue()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new Money(1250.50m), Is.EqualTo(new Money(1250.5m)));
            Assert.That(new Money(10m).GetHashCode(), Is.EqualTo(new Money(10.00m).GetHashCode()));
            Assert.That(new Money(10m), Is.Not.EqualTo(new Money(11m)));
        });
    }
}
