using System;
using System.Linq;
using LocalOrg.Pipeline;
using LocalOrg.Security;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Tests.Pipeline;

public class PluginServiceFactoryTests
{
    [Test]
    public void CreateOrganizationService_RunAsStep_UserIdIsRunAsAndInitiatingIsTheCaller()
    {
        var org = Orgs.CreateSut();
        var rep = org.AddAdministrator("Rep");
        var service = org.AddAdministrator("Service account");
        (Guid User, Guid Initiating) outer = default, inner = default;
        org.RegisterStep("runs-as", "Create", PluginStage.PostOperation, kit =>
        {
            outer = (kit.Context.UserId, kit.Context.InitiatingUserId);
            kit.Service.Create(new Entity(Orgs.Contact));
        }, runAs: service);
        org.RegisterStep("child", "Create", PluginStage.PostOperation, kit => inner = (kit.Context.UserId, kit.Context.InitiatingUserId), table: Orgs.Contact);

        org.CreateService(rep).Create(Orgs.NewAccount("A"));

        Assert.That(outer, Is.EqualTo((service, rep)));
        Assert.That(inner, Is.EqualTo((service, rep)), "the nested call ran as the service account, started by the rep");
        Assert.That(org.Rows(Orgs.Contact).Single().GetAttributeValue<EntityReference>("ownerid").Id, Is.EqualTo(service));
    }

    [Test]
    public void CreateOrganizationService_NullAndEmpty_SystemUserAndContextUserAsDocumented()
    {
        var org = Orgs.CreateSut();
        var rep = org.AddAdministrator("Rep");
        var owners = new Guid[2];
        org.RegisterStep("both", "Create", PluginStage.PostOperation, kit =>
        {
            owners[0] = kit.Factory.CreateOrganizationService(null).Create(new Entity(Orgs.Contact));
            owners[1] = kit.Factory.CreateOrganizationService(Guid.Empty).Create(new Entity(Orgs.Contact));
        });

        org.CreateService(rep).Create(Orgs.NewAccount("A"));

        Assert.That(org.Find(Orgs.Contact, owners[0])!.GetAttributeValue<EntityReference>("ownerid").Id, Is.EqualTo(org.SystemUserId));
        Assert.That(org.Find(Orgs.Contact, owners[1])!.GetAttributeValue<EntityReference>("ownerid").Id, Is.EqualTo(rep));
    }

    [Test]
    public void CreateOrganizationService_UsersService_SeesOnlyWhatTheUserCanRead()
    {
        var org = Orgs.CreateSut();
        var role = new SecurityRole("Rep").Grant(Orgs.Account, PrivilegeDepth.Organization, Privilege.Create, Privilege.Read)
            .Grant("cen_content", PrivilegeDepth.User, Privilege.Read);
        var rep = org.AddUser("Rep", role);
        org.Seed(new Entity("cen_content") { ["name"] = "Admin only" });
        org.Seed(new Entity("cen_content") { ["name"] = "Rep's", ["ownerid"] = new EntityReference("systemuser", rep) });
        string[]? seen = null;
        org.RegisterStep("suggest", "Create", PluginStage.PostOperation, kit =>
            seen = kit.Service.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression("cen_content") { ColumnSet = new Microsoft.Xrm.Sdk.Query.ColumnSet("name") })
                .Entities.Select(e => (string)e["name"]).ToArray());

        org.CreateService(rep).Create(Orgs.NewAccount("A"));

        Assert.That(seen, Is.EqualTo(new[] { "Rep's" }));
    }

    [Test]
    public void CreateOrganizationService_PluginCalls_CountedAgainstItsExecution()
    {
        var org = Orgs.CreateSut();
        org.RegisterStep("reader", "Create", PluginStage.PostOperation, kit =>
        {
            kit.Service.Retrieve(Orgs.Account, kit.Context.PrimaryEntityId, new Microsoft.Xrm.Sdk.Query.ColumnSet("name"));
            kit.Service.RetrieveMultiple(new Microsoft.Xrm.Sdk.Query.QueryExpression(Orgs.Contact));
        });

        org.Service.Create(Orgs.NewAccount("A"));

        var calls = org.Executions.Single(e => e.StepName == "reader").ServiceCalls;
        Assert.That(calls.Select(c => (c.MessageName, c.Depth, c.StepName)), Is.EqualTo(new[] { ("Retrieve", 2, "reader"), ("RetrieveMultiple", 2, "reader") }));
    }
}
