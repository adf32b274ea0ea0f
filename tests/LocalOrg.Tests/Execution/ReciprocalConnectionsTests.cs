using System;
using System.Collections.Generic;
using System.Linq;
using LocalOrg.Faults;
using LocalOrg.Pipeline;
using LocalOrg.Security;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Tests.Execution;

/// <summary>A connection and the reciprocal row the platform keeps for it (Microsoft Learn, "Use connections to link records to each other").</summary>
public class ReciprocalConnectionsTests
{
    private const string Connection = "connection";
    private const string Opportunity = "opportunity";
    private const string Role = "connectionrole";

    private LocalOrganization _org = null!;
    private Guid _deal;
    private Guid _person;
    private Guid _buyer;
    private Guid _seller;

    [SetUp]
    public void SetUp()
    {
        _org = Orgs.CreateSut();
        _deal = _org.Seed(new Entity(Opportunity) { ["name"] = "Deal" }).Single();
        _person = _org.Seed(new Entity(Orgs.Contact) { ["fullname"] = "Priya Raman" }).Single();
        _buyer = _org.Seed(new Entity(Role) { ["name"] = "Economic Buyer" }).Single();
        _seller = _org.Seed(new Entity(Role) { ["name"] = "Seller" }).Single();
    }

    [Test]
    public void Create_Connection_StoresTheReciprocalWithEndsAndRolesSwapped()
    {
        var master = _org.Service.Create(DealToPerson());

        var reciprocal = Reciprocal(master);
        Assert.That(Ref(reciprocal, "record1id"), Is.EqualTo((Orgs.Contact, _person)));
        Assert.That(Ref(reciprocal, "record2id"), Is.EqualTo((Opportunity, _deal)));
        Assert.That(Ref(reciprocal, "record1roleid"), Is.EqualTo((Role, _buyer)));
        Assert.That(Ref(reciprocal, "record2roleid"), Is.EqualTo((Role, _seller)));
        Assert.That(reciprocal["description"], Is.EqualTo("met at the summit"), "other columns are copied");
        Assert.That(_org.Rows(Connection), Has.Count.EqualTo(2));
    }

    [Test]
    public void Create_Connection_LinksBothRowsThroughRelatedConnectionIdAndMarksTheMaster()
    {
        var master = _org.Service.Create(DealToPerson());

        var reciprocal = Reciprocal(master);
        var row = _org.Find(Connection, master)!;
        Assert.That(Ref(row, "relatedconnectionid"), Is.EqualTo((Connection, reciprocal.Id)));
        Assert.That(Ref(reciprocal, "relatedconnectionid"), Is.EqualTo((Connection, master)));
        Assert.That(row["ismaster"], Is.True);
        Assert.That(reciprocal["ismaster"], Is.False);
    }

    [Test]
    public void Create_Connection_RunsCreateStepsForBothRowsAndCountsTwoRowsForOneCall()
    {
        var targets = new List<Entity>();
        _org.RegisterStep("seen", "Create", PluginStage.PostOperation, kit => targets.Add(kit.Target), table: Connection);

        var master = _org.Service.Create(DealToPerson());

        Assert.That(targets.Select(target => target.Id), Is.EquivalentTo(new[] { master, Reciprocal(master).Id }));
        var fromContact = targets.Single(target => target.Id != master);
        Assert.That(Ref(fromContact, "relatedconnectionid"), Is.EqualTo((Connection, master)), "how a plugin tells the reciprocal");
        Assert.That(_org.Executions.Select(run => run.Depth), Is.All.EqualTo(1), "the reciprocal is an inner message, not a nested call");
        Assert.That(_org.Calls.Count("Create"), Is.EqualTo(1));
        Assert.That(_org.Writes.CreatedIn(Connection), Is.EqualTo(2));
    }

    [Test]
    public void Create_UserWithoutAppendToOnConnections_GetsTheReciprocalOwnedByThem()
    {
        var rep = _org.AddUser("Riley Rep", new SecurityRole("Salesperson")
            .Grant(Connection, PrivilegeDepth.User, Privilege.Create, Privilege.Read, Privilege.Write, Privilege.Append)
            .Grant(Opportunity, PrivilegeDepth.Organization, Privilege.AppendTo)
            .Grant(Orgs.Contact, PrivilegeDepth.Organization, Privilege.AppendTo)
            .Grant(Role, PrivilegeDepth.Organization, Privilege.AppendTo));

        var master = _org.CreateService(rep).Create(DealToPerson());

        Assert.That(Reciprocal(master).GetAttributeValue<EntityReference>("ownerid").Id, Is.EqualTo(rep), "relatedconnectionid is the platform's to set");
    }

    [Test]
    public void Create_SyncPluginFailsOnTheReciprocal_RollsBackBothRows()
    {
        _org.RegisterStep("refuse", "Create", PluginStage.PostOperation, kit =>
        {
            if (kit.Target.Contains("relatedconnectionid"))
            {
                throw new InvalidPluginExecutionException("no reciprocal");
            }
        }, table: Connection);

        var fault = Orgs.Fault(() => _org.Service.Create(DealToPerson()));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.IsvAborted));
        Assert.That(_org.Rows(Connection), Is.Empty);
        Assert.That(_org.Writes.Total, Is.Zero);
    }

    [Test]
    public void Create_AsyncStepOnConnection_QueuesAJobForEachRow()
    {
        _org.RegisterStep("later", "Create", PluginStage.PostOperation, _ => { }, table: Connection, mode: StepMode.Asynchronous);

        var master = _org.Service.Create(DealToPerson());
        _org.DrainAsync();

        Assert.That(_org.SystemJobs.Select(job => job.PrimaryEntityId), Is.EquivalentTo(new[] { master, Reciprocal(master).Id }));
    }

    [Test]
    public void Update_RoleOnTheMaster_IsCarriedSwappedToTheReciprocal()
    {
        var master = _org.Service.Create(DealToPerson());

        _org.Service.Update(new Entity(Connection, master) { ["record2roleid"] = new EntityReference(Role, _seller) });

        Assert.That(Ref(Reciprocal(master), "record1roleid"), Is.EqualTo((Role, _seller)));
        Assert.That(_org.Writes.UpdatedIn(Connection), Is.EqualTo(2));
    }

    [Test]
    public void Update_EndOnTheReciprocal_IsCarriedSwappedToTheMaster()
    {
        var master = _org.Service.Create(DealToPerson());
        var other = _org.Seed(new Entity(Opportunity) { ["name"] = "Other deal" }).Single();

        _org.Service.Update(new Entity(Connection, Reciprocal(master).Id) { ["record2id"] = new EntityReference(Opportunity, other) });

        Assert.That(Ref(_org.Find(Connection, master)!, "record1id"), Is.EqualTo((Opportunity, other)));
    }

    [Test]
    public void Update_RoleCleared_IsClearedOnTheReciprocal()
    {
        var master = _org.Service.Create(DealToPerson());

        _org.Service.Update(new Entity(Connection, master) { ["record1roleid"] = null });

        Assert.That(Reciprocal(master).Contains("record2roleid"), Is.False);
    }

    [Test]
    public void Update_DescriptionOnly_LeavesTheReciprocalAsItWas()
    {
        var master = _org.Service.Create(DealToPerson());
        _org.Writes.Reset();

        _org.Service.Update(new Entity(Connection, master) { ["description"] = "renewal owner" });

        Assert.That(Reciprocal(master)["description"], Is.EqualTo("met at the summit"));
        Assert.That(_org.Writes.UpdatedIn(Connection), Is.EqualTo(1));
    }

    [Test]
    public void SetState_Deactivated_DeactivatesTheReciprocalAndRunsItsUpdateSteps()
    {
        var master = _org.Service.Create(DealToPerson());
        var updated = new List<Guid>();
        _org.RegisterStep("seen", "Update", PluginStage.PostOperation, kit => updated.Add(kit.Context.PrimaryEntityId),
            table: Connection, filteringAttributes: new[] { "statecode" });

        _org.Service.Execute(new OrganizationRequest("SetState")
        {
            ["EntityMoniker"] = new EntityReference(Connection, master),
            ["State"] = new OptionSetValue(1),
            ["Status"] = new OptionSetValue(2),
        });

        var reciprocal = Reciprocal(master);
        Assert.That(reciprocal.GetAttributeValue<OptionSetValue>("statecode").Value, Is.EqualTo(1));
        Assert.That(reciprocal.GetAttributeValue<OptionSetValue>("statuscode").Value, Is.EqualTo(2));
        Assert.That(updated, Is.EquivalentTo(new[] { master, reciprocal.Id }));
    }

    [Test]
    public void Update_SyncPluginFailsOnTheReciprocal_RollsBackBothRows()
    {
        var master = _org.Service.Create(DealToPerson());
        var reciprocal = Reciprocal(master).Id;
        _org.Writes.Reset();
        _org.RegisterStep("refuse", "Update", PluginStage.PreOperation, kit =>
        {
            if (kit.Context.PrimaryEntityId == reciprocal)
            {
                throw new InvalidPluginExecutionException("no");
            }
        }, table: Connection);

        Orgs.Fault(() => _org.Service.Update(new Entity(Connection, master) { ["record2roleid"] = new EntityReference(Role, _seller) }));

        Assert.That(Ref(_org.Find(Connection, master)!, "record2roleid"), Is.EqualTo((Role, _buyer)));
        Assert.That(Ref(Reciprocal(master), "record1roleid"), Is.EqualTo((Role, _buyer)));
        Assert.That(_org.Writes.Total, Is.Zero);
    }

    [TestCase(true)]
    [TestCase(false)]
    public void Delete_EitherRow_DeletesBoth(bool deleteTheMaster)
    {
        var master = _org.Service.Create(DealToPerson());
        var reciprocal = Reciprocal(master).Id;
        var deleted = new List<Guid>();
        _org.RegisterStep("seen", "Delete", PluginStage.PostOperation, kit => deleted.Add(kit.Context.PrimaryEntityId), table: Connection);

        _org.Service.Delete(Connection, deleteTheMaster ? master : reciprocal);

        Assert.That(_org.Rows(Connection), Is.Empty);
        Assert.That(deleted, Is.EquivalentTo(new[] { master, reciprocal }));
        Assert.That(_org.Writes.DeletedIn(Connection), Is.EqualTo(2));
    }

    [Test]
    public void Delete_SyncPluginFailsOnTheReciprocal_KeepsBothRows()
    {
        var master = _org.Service.Create(DealToPerson());
        var reciprocal = Reciprocal(master).Id;
        _org.RegisterStep("refuse", "Delete", PluginStage.PreOperation, kit =>
        {
            if (kit.Context.PrimaryEntityId == reciprocal)
            {
                throw new InvalidPluginExecutionException("no");
            }
        }, table: Connection);

        Orgs.Fault(() => _org.Service.Delete(Connection, master));

        Assert.That(_org.Rows(Connection).Select(row => row.Id), Is.EquivalentTo(new[] { master, reciprocal }));
    }

    [Test]
    public void Delete_SeededConnectionWithoutAReciprocal_DeletesJustThatRow()
    {
        var seeded = _org.Seed(DealToPerson()).Single();
        var other = _org.Service.Create(DealToPerson());

        _org.Service.Delete(Connection, seeded);

        Assert.That(_org.Rows(Connection).Select(row => row.Id), Is.EquivalentTo(new[] { other, Reciprocal(other).Id }));
    }

    [Test]
    public void Create_OtherTable_GetsNoReciprocal()
    {
        _org.Service.Create(Orgs.NewAccount("Contoso"));

        Assert.That(_org.Writes.Created, Is.EqualTo(1));
        Assert.That(_org.Rows(Connection), Is.Empty);
    }

    private Entity DealToPerson() => new(Connection)
    {
        ["record1id"] = new EntityReference(Opportunity, _deal),
        ["record1roleid"] = new EntityReference(Role, _seller),
        ["record2id"] = new EntityReference(Orgs.Contact, _person),
        ["record2roleid"] = new EntityReference(Role, _buyer),
        ["description"] = "met at the summit",
    };

    private Entity Reciprocal(Guid master) =>
        _org.Rows(Connection).Single(row => row.GetAttributeValue<EntityReference>("relatedconnectionid")?.Id == master);

    private static (string, Guid) Ref(Entity row, string column)
    {
        var value = row.GetAttributeValue<EntityReference>(column);
        return (value.LogicalName, value.Id);
    }
}
