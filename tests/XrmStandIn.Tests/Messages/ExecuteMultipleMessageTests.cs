using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace XrmStandIn.Tests.Messages;

public class ExecuteMultipleMessageTests
{
    [Test]
    public void Request_IsNamedExecuteMultiple_AndWrapsRequestsAndSettings()
    {
        var request = new ExecuteMultipleRequest
        {
            Requests = new OrganizationRequestCollection { new CreateRequest { Target = new Entity("cen_content") } },
            Settings = new ExecuteMultipleSettings { ContinueOnError = true, ReturnResponses = false },
        };

        Assert.Multiple(() =>
        {
            Assert.That(request.RequestName, Is.EqualTo("ExecuteMultiple"));
            Assert.That(request.Parameters["Requests"], Is.SameAs(request.Requests));
            Assert.That(request.Parameters["Settings"], Is.SameAs(request.Settings));
        });
    }

    [Test]
    public void Response_ReadsIsFaultedAndResponses()
    {
        var items = new ExecuteMultipleResponseItemCollection
        {
            new ExecuteMultipleResponseItem { RequestIndex = 0, Fault = new OrganizationServiceFault { Message = "Duplicate key" } },
        };

        var response = new ExecuteMultipleResponse { ["IsFaulted"] = true, ["Responses"] = items };

        Assert.Multiple(() =>
        {
            Assert.That(response.IsFaulted, Is.True);
            Assert.That(response.Responses, Is.SameAs(items));
            Assert.That(new ExecuteMultipleResponse().IsFaulted, Is.False);
        });
    }
}
