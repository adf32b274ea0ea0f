using System;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace XrmStandIn.Tests.Messages;

public class UpsertMessageTests
{
    [Test]
    public void Request_IsNamedUpsert_AndTargetWrapsParameter()
    {
        var target = new Entity("cen_content", "cen_externalid", "CS-0042");

        var request = new UpsertRequest { Target = target };

        Assert.Multiple(() =>
        {
            Assert.That(request.RequestName, Is.EqualTo("Upsert"));
            Assert.That(request.Parameters["Target"], Is.SameAs(target));
        });
    }

    [Test]
    public void Response_ReadsRecordCreatedAndTarget_DefaultsWhenAbsent()
    {
        var created = new EntityReference("cen_content", new Guid("aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee"));

        var response = new UpsertResponse { ["RecordCreated"] = true, ["Target"] = created };

        Assert.Multiple(() =>
        {
            Assert.That(response.RecordCreated, Is.True);
            Assert.That(response.Target, Is.SameAs(created));
            Assert.That(new UpsertResponse().RecordCreated, Is.False);
            Assert.That(new UpsertResponse().Target, Is.Null);
        });
    }
}
