using System.ServiceModel;
using LocalOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace LocalOrg.Execution;

/// <summary>
/// ExecuteMultiple ("Requests", "Settings"): runs each request in order through the pipeline, each
/// undone alone when it fails; stops at the first fault unless ContinueOnError. Outputs "IsFaulted"
/// and "Responses" (faults always, responses when ReturnResponses). The inner requests are not
/// counted as separate service calls, and the 1,000-request limit is not enforced.
/// </summary>
internal sealed class ExecuteMultipleHandler : IMessageHandler
{
    private const string RequestsParameter = "Requests";
    private const string SettingsParameter = "Settings";

    private readonly OrganizationCore _core;

    internal ExecuteMultipleHandler(OrganizationCore core)
    {
        _core = core;
    }

    public void Prepare(Operation op)
    {
        RequestReader.Require<OrganizationRequestCollection>(op, RequestsParameter, _core.Faults);
        RequestReader.Require<ExecuteMultipleSettings>(op, SettingsParameter, _core.Faults);
    }

    public void Execute(Operation op)
    {
        var requests = (OrganizationRequestCollection)op.InputParameters[RequestsParameter];
        var settings = (ExecuteMultipleSettings)op.InputParameters[SettingsParameter];
        var scope = op.InnerScope(_core.Contexts.ForMainOperation(op));
        var responses = new ExecuteMultipleResponseItemCollection();
        var faulted = false;
        for (var index = 0; index < requests.Count; index++)
        {
            try
            {
                var response = _core.Operations.Run(RequestReader.Copy(requests[index]), scope);
                if (settings.ReturnResponses)
                {
                    responses.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Response = response });
                }
            }
            catch (FaultException<OrganizationServiceFault> ex)
            {
                faulted = true;
                responses.Add(new ExecuteMultipleResponseItem { RequestIndex = index, Fault = ex.Detail });
                if (!settings.ContinueOnError)
                {
                    break;
                }
            }
        }

        op.OutputParameters["IsFaulted"] = faulted;
        op.OutputParameters["Responses"] = responses;
    }

    public OrganizationResponse CreateResponse() => new ExecuteMultipleResponse();
}
