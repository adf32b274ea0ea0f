using System;
using System.Linq;
using LocalOrg.Faults;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace LocalOrg.Tests.Execution;

public class ExecuteMultipleHandlerTests
{
    private static ExecuteMultipleRequest Batch(bool continueOnError, params OrganizationRequest[] requests)
    {
        var collection = new OrganizationRequestCollection();
        collection.AddRange(requests);
        return new ExecuteMultipleRequest
        {
            Requests = collection,
            Settings = new ExecuteMultipleSettings { ContinueOnError = continueOnError, ReturnResponses = true },
        };
    }

    [Test]
    public void Execute_ContinueOnError_RunsEveryRequestAndReportsTheFault()
    {
        var org = Orgs.CreateSut();
        var missing = Guid.Parse("00000000-0000-0000-0000-0000000000dd");

        var response = (ExecuteMultipleResponse)org.Service.Execute(Batch(
            true,
            new CreateRequest { Target = Orgs.NewAccount("A") },
            new DeleteRequest { Target = new EntityReference(Orgs.Account, missing) },
            new CreateRequest { Target = Orgs.NewAccount("B") }));

        Assert.That(response.IsFaulted, Is.True);
        Assert.That(response.Responses.Select(r => (r.RequestIndex, r.Fault?.ErrorCode)), Is.EqualTo(new (int, int?)[] { (0, null), (1, ErrorCodes.ObjectDoesNotExist), (2, null) }));
        Assert.That(org.Rows(Orgs.Account).Select(r => r["name"]), Is.EqualTo(new[] { "A", "B" }));
    }

    [Test]
    public void Execute_StopOnError_LaterRequestsNotRun()
    {
        var org = Orgs.CreateSut();

        var response = (ExecuteMultipleResponse)org.Service.Execute(Batch(
            false,
            new DeleteRequest { Target = new EntityReference(Orgs.Account, Guid.NewGuid()) },
            new CreateRequest { Target = Orgs.NewAccount("B") }));

        Assert.That(response.Responses, Has.Count.EqualTo(1));
        Assert.That(org.Rows(Orgs.Account), Is.Empty);
    }
}
