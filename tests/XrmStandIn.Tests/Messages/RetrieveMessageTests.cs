using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace XrmStandIn.Tests.Messages;

public class RetrieveMessageTests
{
    [Test]
    public void Request_IsNamedRetrieve_AndWrapsItsParameters()
    {
        var request = new RetrieveRequest
        {
            Target = new EntityReference("account", new Guid("11111111-2222-4333-8444-555555555555")),
            ColumnSet = new ColumnSet("name"),
            RelatedEntitiesQuery = new RelationshipQueryCollection(),
        };

        Assert.Multiple(() =>
        {
            Assert.That(request.RequestName, Is.EqualTo("Retrieve"));
            Assert.That(request.Parameters["Target"], Is.SameAs(request.Target));
            Assert.That(request.Parameters["ColumnSet"], Is.SameAs(request.ColumnSet));
            Assert.That(request.Parameters["RelatedEntitiesQuery"], Is.SameAs(request.RelatedEntitiesQuery));
            Assert.That(request.ReturnNotifications, Is.False);
        });
    }

    [Test]
    public void Response_Entity_ReadsResult()
    {
        var row = new Entity("account");

        var response = new RetrieveResponse { ["Entity"] = row };

        Assert.Multiple(() =>
        {
            Assert.That(response.Entity, Is.SameAs(row));
            Assert.That(new RetrieveResponse().Entity, Is.Null);
        });
    }
}
