using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace XrmStandIn.Tests.Messages;

public class UpdateMessageTests
{
    [Test]
    public void Request_IsNamedUpdate_AndConcurrencyDefaultsWhenAbsent()
    {
        var request = new UpdateRequest { Target = new Entity("opportunity") };

        Assert.Multiple(() =>
        {
            Assert.That(request.RequestName, Is.EqualTo("Update"));
            Assert.That(request.ConcurrencyBehavior, Is.EqualTo(ConcurrencyBehavior.Default));
            Assert.That(request.Parameters.Contains("ConcurrencyBehavior"), Is.False);
        });
    }

    [Test]
    public void Request_ConcurrencyBehavior_WrapsParameter()
    {
        var request = new UpdateRequest { ConcurrencyBehavior = ConcurrencyBehavior.IfRowVersionMatches };

        Assert.That(request.Parameters["ConcurrencyBehavior"], Is.EqualTo(ConcurrencyBehavior.IfRowVersionMatches));
    }

    [Test]
    public void Response_HasNoResults()
    {
        Assert.That(new UpdateResponse().Results, Is.Empty);
    }
}
