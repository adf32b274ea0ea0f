using System.Collections.Generic;
using LocalOrg.Pipeline;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Tests.Execution;

public class SetStateHandlerTests
{
    [Test]
    public void SetState_StateAndStatus_StoredAndUpdateStepsFilteredOnStatecodeRun()
    {
        var org = Orgs.CreateSut();
        var id = org.Service.Create(Orgs.NewAccount("A"));
        var seen = new List<string>();
        org.RegisterStep("setstate", "SetState", PluginStage.PostOperation, kit => seen.Add(kit.Context.MessageName),
            images: new[] { new StepImage("pre", ImageType.PreImage, "statecode") });
        org.RegisterStep("update", "Update", PluginStage.PostOperation, kit => seen.Add(kit.Context.MessageName), filteringAttributes: new[] { "statecode" });

        var response = org.Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference(Orgs.Account, id),
            ["State"] = new OptionSetValue(1),
            ["Status"] = new OptionSetValue(2),
        });

        var row = org.Find(Orgs.Account, id)!;
        Assert.That(row.GetAttributeValue<OptionSetValue>("statecode").Value, Is.EqualTo(1));
        Assert.That(row.GetAttributeValue<OptionSetValue>("statuscode").Value, Is.EqualTo(2));
        Assert.That(seen, Is.EqualTo(new[] { "Update", "SetState" }));
        Assert.That(response.ResponseName, Is.EqualTo("SetState"));
    }

    [Test]
    public void SetState_MissingStatus_FaultsNamingTheParameter()
    {
        var org = Orgs.CreateSut();
        var id = org.Service.Create(Orgs.NewAccount("A"));

        var fault = Orgs.Fault(() => org.Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference(Orgs.Account, id),
            ["State"] = new OptionSetValue(1),
        }));

        Assert.That(fault.Message, Is.EqualTo("Required parameter 'Status' is missing for the SetState request."));
    }
}
