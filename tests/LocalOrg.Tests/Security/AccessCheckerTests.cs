using System.Linq;
using LocalOrg.Faults;
using LocalOrg.Security;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.Security;

public class AccessCheckerTests
{
    private const string Content = "cen_content";

    [Test]
    public void RetrieveMultiple_UserLevelRead_ReturnsOnlyOwnRows()
    {
        var org = Orgs.CreateSut();
        var role = new SecurityRole("Own").Grant(Content, PrivilegeDepth.User, Privilege.Read, Privilege.Create);
        var ann = org.AddUser("Ann", role);
        var bob = org.AddUser("Bob", role);
        org.CreateService(ann).Create(new Entity(Content) { ["name"] = "Ann's" });
        org.CreateService(bob).Create(new Entity(Content) { ["name"] = "Bob's" });

        var seen = org.CreateService(ann).RetrieveMultiple(new QueryExpression(Content) { ColumnSet = new ColumnSet("name") });

        Assert.That(seen.Entities.Select(e => e["name"]), Is.EqualTo(new[] { "Ann's" }));
    }

    [Test]
    public void RetrieveMultiple_OrganizationLevelRead_ReturnsEveryRow()
    {
        var org = Orgs.CreateSut();
        var reader = org.AddUser("Reader", new SecurityRole("All").Grant(Content, PrivilegeDepth.Organization, Privilege.Read));
        org.Seed(new Entity(Content), new Entity(Content));

        Assert.That(org.CreateService(reader).RetrieveMultiple(new QueryExpression(Content)).Entities, Has.Count.EqualTo(2));
    }

    [Test]
    public void Retrieve_OthersRowAtUserDepth_FaultsAccessCheck()
    {
        var org = Orgs.CreateSut();
        var ann = org.AddUser("Ann", new SecurityRole("Own").Grant(Content, PrivilegeDepth.User, Privilege.Read));
        var id = org.Seed(new Entity(Content))[0];

        var fault = Orgs.Fault(() => org.CreateService(ann).Retrieve(Content, id, new ColumnSet(true)));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.AccessCheckFailed));
        Assert.That(fault.Message, Does.Contain("does not have ReadAccess right(s) for record with ID " + id));
    }

    [Test]
    public void RetrieveMultiple_NoReadPrivilege_FaultsPrivilegeDenied()
    {
        var org = Orgs.CreateSut();
        var nobody = org.AddUser("Nobody");

        var fault = Orgs.Fault(() => org.CreateService(nobody).RetrieveMultiple(new QueryExpression(Content)));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.PrivilegeDenied));
        Assert.That(fault.Message, Does.Contain("is missing prvReadcen_content privilege"));
    }

    [Test]
    public void Create_NoCreatePrivilege_FaultsAndWritesNothing()
    {
        var org = Orgs.CreateSut();
        var reader = org.AddUser("Reader", new SecurityRole("Read").Grant(Content, PrivilegeDepth.Organization, Privilege.Read));

        var fault = Orgs.Fault(() => org.CreateService(reader).Create(new Entity(Content)));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.PrivilegeDenied));
        Assert.That(org.Rows(Content), Is.Empty);
    }

    [Test]
    public void Update_OthersRowAtUserDepth_FaultsAccessCheck()
    {
        var org = Orgs.CreateSut();
        var ann = org.AddUser("Ann", new SecurityRole("Own").GrantAll(Content, PrivilegeDepth.User));
        var id = org.Seed(new Entity(Content) { ["name"] = "Admin's" })[0];

        var fault = Orgs.Fault(() => org.CreateService(ann).Update(new Entity(Content, id) { ["name"] = "x" }));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.AccessCheckFailed));
        Assert.That(org.Find(Content, id)!["name"], Is.EqualTo("Admin's"));
    }

    [Test]
    public void Create_LookupToUnappendableRow_FaultsAppendTo()
    {
        var org = Orgs.CreateSut();
        var role = new SecurityRole("Rep").GrantAll("cen_interaction", PrivilegeDepth.User).Grant(Content, PrivilegeDepth.Organization, Privilege.Read);
        var rep = org.AddUser("Rep", role);
        var content = org.Seed(new Entity(Content))[0];

        var fault = Orgs.Fault(() => org.CreateService(rep).Create(new Entity("cen_interaction") { ["cen_contentid"] = new EntityReference(Content, content) }));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.PrivilegeDenied));
        Assert.That(fault.Message, Does.Contain("prvAppendTocen_content"));
    }

    [Test]
    public void RetrieveMultiple_LinkToUnreadableRows_ThoseRowsDoNotJoin()
    {
        var org = Orgs.CreateSut();
        var role = new SecurityRole("Rep").Grant(Orgs.Contact, PrivilegeDepth.Organization, Privilege.Read).Grant(Orgs.Account, PrivilegeDepth.User, Privilege.Read);
        var rep = org.AddUser("Rep", role);
        var account = org.Seed(Orgs.NewAccount("Admin's"))[0];
        org.Seed(new Entity(Orgs.Contact) { ["parentcustomerid"] = new EntityReference(Orgs.Account, account) });
        var query = new QueryExpression(Orgs.Contact);
        query.AddLink(Orgs.Account, "parentcustomerid", "accountid");

        Assert.That(org.CreateService(rep).RetrieveMultiple(query).Entities, Is.Empty);
        Assert.That(org.Service.RetrieveMultiple(query).Entities, Has.Count.EqualTo(1));
    }

    [Test]
    public void Create_UserDepthForSomeoneElse_FaultsAccessCheck()
    {
        var org = Orgs.CreateSut();
        var ann = org.AddUser("Ann", new SecurityRole("Own").Grant(Content, PrivilegeDepth.User, Privilege.Create, Privilege.Read));

        var fault = Orgs.Fault(() => org.CreateService(ann).Create(new Entity(Content) { ["ownerid"] = new EntityReference("systemuser", org.AdministratorId) }));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.AccessCheckFailed));
    }

    [Test]
    public void Delete_OrganizationDepth_DeletesOthersRows()
    {
        var org = Orgs.CreateSut();
        var cleaner = org.AddUser("Cleaner", new SecurityRole("Clean").Grant(Content, PrivilegeDepth.Organization, Privilege.Delete));
        var id = org.Seed(new Entity(Content))[0];

        org.CreateService(cleaner).Delete(Content, id);

        Assert.That(org.Find(Content, id), Is.Null);
    }
}
