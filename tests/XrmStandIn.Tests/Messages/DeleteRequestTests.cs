using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace XrmStandIn.Tests.Messages;

public class DeleteRequestTests
{
    [Test]
    public void Request_IsNamedDelete_AndTargetIsAReference()
    {
        var target = new EntityReference("cen_suggestion", new Guid("9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"));

        var request = new DeleteRequest { Target = target, ConcurrencyBehavior = ConcurrencyBehavior.AlwaysOverwrite };

        Assert.Multiple(() =>
        {
            Assert.That(request.RequestName, Is.EqualTo("Delete"));
            Assert.That(request.Parameters["Target"], Is.SameAs(target));
            Assert.That(request.ConcurrencyBehavior, Is.EqualTo(ConcurrencyBehavior.AlwaysOverwrite));
        });
    }
}
