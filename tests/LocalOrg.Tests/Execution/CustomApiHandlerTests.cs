using System;
using System.Collections.Generic;
using System.Linq;
using LocalOrg.Faults;
using LocalOrg.Pipeline;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.Execution;

public class CustomApiHandlerTests
{
    private const string Api = "cen_GetContentSuggestions";

    private static LocalOrganization CreateSut(Action<PluginKit> main, string? boundTable = null)
    {
        var org = Orgs.CreateSut();
        org.RegisterCustomApi(new CustomApiRegistration
        {
            UniqueName = Api,
            IsFunction = true,
            BoundEntityLogicalName = boundTable,
            RequiredParameters = new[] { "OpportunityId" },
            Plugin = () => new DelegatePlugin(main),
        });
        return org;
    }

    [Test]
    public void Execute_CustomApi_InputsInOutputsBackAsResults()
    {
        IPluginExecutionContext? seen = null;
        var org = CreateSut(kit =>
        {
            seen = kit.Context;
            kit.Context.OutputParameters["SuggestionsJson"] = "{\"for\":\"" + kit.Context.InputParameters["OpportunityId"] + "\"}";
        });
        var opportunity = Guid.Parse("00000000-0000-0000-0000-00000000000b");

        var response = org.Service.Execute(new OrganizationRequest(Api) { ["OpportunityId"] = opportunity });

        Assert.Multiple(() =>
        {
            Assert.That(response.Results["SuggestionsJson"], Is.EqualTo("{\"for\":\"" + opportunity + "\"}"));
            Assert.That(response.ResponseName, Is.EqualTo(Api));
            Assert.That(seen!.Stage, Is.EqualTo(30));
            Assert.That(seen.MessageName, Is.EqualTo(Api));
            Assert.That(seen.PrimaryEntityName, Is.EqualTo("none"));
            Assert.That(org.Executions.Single().StepName, Is.EqualTo(Api));
        });
    }

    [Test]
    public void Execute_MissingRequiredParameter_FaultsBeforeThePluginRuns()
    {
        var runs = 0;
        var org = CreateSut(_ => runs++);

        var fault = Orgs.Fault(() => org.Service.Execute(new OrganizationRequest(Api)));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.InvalidArgument));
        Assert.That(fault.Message, Is.EqualTo("Required parameter 'OpportunityId' is missing for the cen_GetContentSuggestions request."));
        Assert.That(runs, Is.Zero);
    }

    [Test]
    public void Execute_BoundApi_PrimaryEntityIsTheTarget()
    {
        (string Table, Guid Id) seen = default;
        var org = CreateSut(kit => seen = (kit.Context.PrimaryEntityName, kit.Context.PrimaryEntityId), boundTable: "opportunity");
        var deal = Guid.Parse("00000000-0000-0000-0000-00000000000c");

        org.Service.Execute(new OrganizationRequest(Api) { ["Target"] = new EntityReference("opportunity", deal), ["OpportunityId"] = deal });

        Assert.That(seen, Is.EqualTo(("opportunity", deal)));
    }

    [Test]
    public void Execute_StepsOnTheApiMessage_RunAroundTheMainOperation()
    {
        var order = new List<string>();
        var org = CreateSut(_ => order.Add("main"));
        org.RegisterStep("pre", Api, PluginStage.PreOperation, _ => order.Add("pre"), table: null);
        org.RegisterStep("post", Api, PluginStage.PostOperation, kit => order.Add("post saw " + kit.Context.OutputParameters.Count), table: null);

        org.Service.Execute(new OrganizationRequest(Api) { ["OpportunityId"] = Guid.Empty });

        Assert.That(order, Is.EqualTo(new[] { "pre", "main", "post saw 0" }));
    }

    [Test]
    public void Execute_PluginQueries_CallsCountedForThatExecution()
    {
        var org = CreateSut(kit =>
        {
            kit.Service.RetrieveMultiple(new QueryExpression("cen_content"));
            kit.Service.RetrieveMultiple(new QueryExpression("cen_content"));
        });
        org.Calls.Reset();

        org.Service.Execute(new OrganizationRequest(Api) { ["OpportunityId"] = Guid.Empty });

        Assert.That(org.Executions.Single().ServiceCalls, Has.Count.EqualTo(2));
        Assert.That(org.Calls.Total, Is.EqualTo(3), "the outer Execute and the plugin's two queries");
        Assert.That(org.Calls.ByMessage[Api], Is.EqualTo(1));
    }

    [Test]
    public void RegisterCustomApi_NameOfAMessage_Rejected()
    {
        var org = Orgs.CreateSut();

        Assert.Throws<ArgumentException>(() => org.RegisterCustomApi(new CustomApiRegistration { UniqueName = "Create" }));
    }

    [Test]
    public void Execute_ApiWithoutPlugin_ReturnsNoOutputs()
    {
        var org = Orgs.CreateSut();
        org.RegisterCustomApi(new CustomApiRegistration { UniqueName = "cen_Ping" });

        var response = org.Service.Execute(new OrganizationRequest("cen_Ping"));

        Assert.That(response.Results, Is.Empty);
    }
}
