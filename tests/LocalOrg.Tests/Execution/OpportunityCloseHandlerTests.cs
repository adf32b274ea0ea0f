using System.Collections.Generic;
using System.Linq;
using LocalOrg.Pipeline;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Tests.Execution;

public class OpportunityCloseHandlerTests
{
    private static OrganizationRequest Win(System.Guid opportunity) => new("WinOpportunity")
    {
        ["OpportunityClose"] = new Entity("opportunityclose") { ["opportunityid"] = new EntityReference("opportunity", opportunity), ["subject"] = "Won" },
        ["Status"] = new OptionSetValue(3),
    };

    [Test]
    public void Execute_WinOpportunity_RunsWinStepsClosesTheDealAndCreatesTheCloseActivity()
    {
        var org = Orgs.CreateSut();
        var deal = org.Service.Create(new Entity("opportunity") { ["name"] = "Deal" });
        var seen = new List<(string Message, string Table, System.Guid Id)>();
        org.RegisterStep("win", "Win", PluginStage.PostOperation, kit => seen.Add((kit.Context.MessageName, kit.Context.PrimaryEntityName, kit.Context.PrimaryEntityId)), table: "opportunity");

        org.Service.Execute(Win(deal));

        var row = org.Find("opportunity", deal)!;
        Assert.That(seen, Is.EqualTo(new[] { ("Win", "opportunity", deal) }));
        Assert.That(row.GetAttributeValue<OptionSetValue>("statecode").Value, Is.EqualTo(1));
        Assert.That(row.GetAttributeValue<OptionSetValue>("statuscode").Value, Is.EqualTo(3));
        Assert.That(org.Rows("opportunityclose").Single()["subject"], Is.EqualTo("Won"));
    }

    [Test]
    public void Execute_LoseOpportunity_SetsLost()
    {
        var org = Orgs.CreateSut();
        var deal = org.Service.Create(new Entity("opportunity"));
        var request = Win(deal);
        request.RequestName = "LoseOpportunity";
        request["Status"] = new OptionSetValue(4);

        org.Service.Execute(request);

        Assert.That(org.Find("opportunity", deal)!.GetAttributeValue<OptionSetValue>("statecode").Value, Is.EqualTo(2));
    }
}
