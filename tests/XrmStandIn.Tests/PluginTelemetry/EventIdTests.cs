using Microsoft.Xrm.Sdk.PluginTelemetry;

namespace XrmStandIn.Tests.PluginTelemetry;

public class EventIdTests
{
    [Test]
    public void EventId_IsAClass_WithOptionalName()
    {
        var unnamed = new EventId(3);
        var named = new EventId(4, "CatalogueLoaded");

        Assert.Multiple(() =>
        {
            Assert.That(typeof(EventId).IsValueType, Is.False);
            Assert.That(unnamed.Name, Is.Null);
            Assert.That(named.Id, Is.EqualTo(4));
            Assert.That(named.Name, Is.EqualTo("CatalogueLoaded"));
        });
    }
}
