using System;
using LocalOrg.Pipeline;
using LocalOrg.Tests.TestSupport;
using LocalOrg.Time;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace LocalOrg.Tests.Pipeline;

public class ContextFactoryTests
{
    [Test]
    public void ForStep_Update_PreAndPostImagesHoldTheRowBeforeAndAfter()
    {
        var org = Orgs.CreateSut();
        var id = org.Service.Create(Orgs.NewAccount("Old", 5));
        Entity? pre = null, post = null;
        org.RegisterStep("images", "Update", PluginStage.PostOperation, kit =>
        {
            pre = kit.Context.PreEntityImages["pre"];
            post = kit.Context.PostEntityImages["post"];
        }, images: new[] { new StepImage("pre", ImageType.PreImage, "name"), new StepImage("post", ImageType.PostImage) });

        org.Service.Update(new Entity(Orgs.Account, id) { ["name"] = "New" });

        Assert.Multiple(() =>
        {
            Assert.That(pre!["name"], Is.EqualTo("Old"));
            Assert.That(pre.Contains("numberofemployees"), Is.False, "only the image's columns");
            Assert.That(pre.Id, Is.EqualTo(id));
            Assert.That(post!["name"], Is.EqualTo("New"));
            Assert.That(post["numberofemployees"], Is.EqualTo(5), "no columns listed: every column");
        });
    }

    [Test]
    public void ForStep_PreOperationWithBothImage_GetsOnlyThePreImage()
    {
        var org = Orgs.CreateSut();
        var id = org.Service.Create(Orgs.NewAccount("Old"));
        EntityImageCollection? pre = null, post = null;
        org.RegisterStep("pre", "Update", PluginStage.PreOperation, kit =>
        {
            pre = kit.Context.PreEntityImages;
            post = kit.Context.PostEntityImages;
        }, images: new[] { new StepImage("img", ImageType.PreImage) });

        org.Service.Update(new Entity(Orgs.Account, id) { ["name"] = "New" });

        Assert.That(pre!.Contains("img"), Is.True);
        Assert.That(post, Is.Empty);
    }

    [Test]
    public void ForStep_CreatePostOperation_PostImageHasTheNewRow()
    {
        var org = Orgs.CreateSut();
        Entity? post = null;
        org.RegisterStep("post", "Create", PluginStage.PostOperation, kit => post = kit.Context.PostEntityImages["post"],
            images: new[] { new StepImage("post", ImageType.PostImage, "name", "ownerid") });

        var id = org.Service.Create(Orgs.NewAccount("A"));

        Assert.That(post!.Id, Is.EqualTo(id));
        Assert.That(post.GetAttributeValue<EntityReference>("ownerid").Id, Is.EqualTo(org.AdministratorId));
    }

    [Test]
    public void ForStep_DeletePreImage_HoldsTheDeletedRow()
    {
        var org = Orgs.CreateSut();
        var id = org.Service.Create(Orgs.NewAccount("Gone"));
        Entity? pre = null;
        org.RegisterStep("pre", "Delete", PluginStage.PostOperation, kit => pre = kit.Context.PreEntityImages["pre"],
            images: new[] { new StepImage("pre", ImageType.PreImage) });

        org.Service.Delete(Orgs.Account, id);

        Assert.That(pre!["name"], Is.EqualTo("Gone"));
    }

    [Test]
    public void ForStep_ImageMutatedByPlugin_StoreUnchanged()
    {
        var org = Orgs.CreateSut();
        var id = org.Service.Create(Orgs.NewAccount("Old"));
        org.RegisterStep("scribble", "Update", PluginStage.PostOperation, kit => kit.Context.PostEntityImages["post"]["name"] = "scribbled",
            images: new[] { new StepImage("post", ImageType.PostImage) });

        org.Service.Update(new Entity(Orgs.Account, id) { ["numberofemployees"] = 1 });

        Assert.That(org.Find(Orgs.Account, id)!["name"], Is.EqualTo("Old"));
    }

    [Test]
    public void ForStep_EveryContextMember_IsFilledFromTheOperation()
    {
        var clock = new ManualClock();
        var org = new LocalOrganization(new LocalOrganizationOptions { Clock = clock, OrganizationName = "contoso" });
        IPluginExecutionContext? context = null;
        var stepId = org.RegisterStep("all", "Create", PluginStage.PreOperation, kit => context = kit.Context);
        var requestId = Guid.Parse("99999999-0000-0000-0000-000000000001");

        org.Service.Execute(new CreateRequest { Target = Orgs.NewAccount("A"), RequestId = requestId });

        Assert.Multiple(() =>
        {
            Assert.That(context!.MessageName, Is.EqualTo("Create"));
            Assert.That(context.PrimaryEntityName, Is.EqualTo(Orgs.Account));
            Assert.That(context.SecondaryEntityName, Is.EqualTo("none"));
            Assert.That(context.Stage, Is.EqualTo(20));
            Assert.That(context.Mode, Is.EqualTo(0));
            Assert.That(context.Depth, Is.EqualTo(1));
            Assert.That(context.UserId, Is.EqualTo(org.AdministratorId));
            Assert.That(context.InitiatingUserId, Is.EqualTo(org.AdministratorId));
            Assert.That(context.OrganizationId, Is.EqualTo(org.OrganizationId));
            Assert.That(context.OrganizationName, Is.EqualTo("contoso"));
            Assert.That(context.BusinessUnitId, Is.EqualTo(org.BusinessUnitId));
            Assert.That(context.OperationCreatedOn, Is.EqualTo(clock.UtcNow));
            Assert.That(context.OperationId, Is.Not.EqualTo(Guid.Empty));
            Assert.That(context.CorrelationId, Is.Not.EqualTo(Guid.Empty));
            Assert.That(context.RequestId, Is.EqualTo(requestId));
            Assert.That(context.IsInTransaction, Is.True);
            Assert.That(context.IsExecutingOffline, Is.False);
            Assert.That(context.IsOfflinePlayback, Is.False);
            Assert.That(context.IsolationMode, Is.EqualTo(2));
            Assert.That(context.OwningExtension.Id, Is.EqualTo(stepId));
            Assert.That(context.OwningExtension.Name, Is.EqualTo("all"));
            Assert.That(context.InputParameters["Target"], Is.InstanceOf<Entity>());
            Assert.That(context.OutputParameters, Is.Empty);
            Assert.That(context.SharedVariables, Is.Empty);
            Assert.That(context.PreEntityImages, Is.Empty);
            Assert.That(context.PostEntityImages, Is.Empty);
            Assert.That(context.ParentContext, Is.Null);
        });
    }

    [Test]
    public void ForStep_PreValidationAtDepthOne_IsNotInTransaction()
    {
        var org = Orgs.CreateSut();
        bool? inTransaction = null;
        org.RegisterStep("validate", "Create", PluginStage.PreValidation, kit => inTransaction = kit.Context.IsInTransaction);

        org.Service.Create(Orgs.NewAccount("A"));

        Assert.That(inTransaction, Is.False);
    }

    [Test]
    public void ForStep_NestedCall_ParentContextIsTheCallingPlugins()
    {
        var org = Orgs.CreateSut();
        IPluginExecutionContext? parent = null, child = null;
        org.RegisterStep("parent", "Create", PluginStage.PostOperation, kit =>
        {
            parent = kit.Context;
            kit.Service.Create(new Entity(Orgs.Contact));
        });
        org.RegisterStep("child", "Create", PluginStage.PreOperation, kit => child = kit.Context, table: Orgs.Contact);

        org.Service.Create(Orgs.NewAccount("A"));

        Assert.That(child!.ParentContext, Is.SameAs(parent));
    }
}
