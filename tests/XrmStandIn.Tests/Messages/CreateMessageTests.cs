using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace XrmStandIn.Tests.Messages;

public class CreateMessageTests
{
    [Test]
    public void Request_IsNamedCreate_AndTargetWrapsParameters()
    {
        var target = new Entity("cen_contentinteraction");

        var request = new CreateRequest { Target = target };

        Assert.Multiple(() =>
        {
            Assert.That(request.RequestName, Is.EqualTo("Create"));
            Assert.That(request.Parameters["Target"], Is.SameAs(target));
        });
    }

    [Test]
    public void Request_New_HasTargetParameterSetToNull()
    {
        var request = new CreateRequest();

        Assert.Multiple(() =>
        {
            Assert.That(request.Parameters.Contains("Target"), Is.True);
            Assert.That(request.Target, Is.Null);
        });
    }

    [Test]
    public void Response_id_ReadsLowercaseResult()
    {
        var id = new Guid("3b0c6a52-8d1e-4f7a-9c2b-5e6f7a8b9c0d");

        var response = new CreateResponse { ["id"] = id };

        Assert.That(response.id, Is.EqualTo(id));
    }

    [Test]
    public void Response_id_AbsentIsEmpty()
    {
        Assert.That(new CreateResponse().id, Is.EqualTo(Guid.Empty));
    }

    [Test]
    public void Response_HasLowercaseIdOnly()
    {
        Assert.Multiple(() =>
        {
            Assert.That(typeof(CreateResponse).GetProperty("id"), Is.Not.Null);
            Assert.That(typeof(CreateResponse).GetProperty("Id"), Is.Null);
        });
    }
}
