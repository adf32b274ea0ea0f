using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace XrmStandIn.Tests.Messages;

public class AssociateRequestTests
{
    [Test]
    public void Request_IsNamedAssociate_AndWrapsItsParameters()
    {
        var request = new AssociateRequest
        {
            Target = new EntityReference("opportunity", new Guid("12345678-1234-4234-8234-123456789abc")),
            Relationship = new Relationship("cen_opportunity_content"),
            RelatedEntities = new EntityReferenceCollection { new EntityReference("cen_content", Guid.Empty) },
        };

        Assert.Multiple(() =>
        {
            Assert.That(request.RequestName, Is.EqualTo("Associate"));
            Assert.That(request.Parameters["Target"], Is.SameAs(request.Target));
            Assert.That(request.Parameters["Relationship"], Is.EqualTo(new Relationship("cen_opportunity_content")));
            Assert.That(request.Parameters["RelatedEntities"], Is.SameAs(request.RelatedEntities));
        });
    }
}
