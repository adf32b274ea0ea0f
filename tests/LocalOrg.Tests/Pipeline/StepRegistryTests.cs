using System;
using LocalOrg.Faults;
using LocalOrg.Pipeline;
using LocalOrg.Tests.TestSupport;

namespace LocalOrg.Tests.Pipeline;

public class StepRegistryTests
{
    private static StepRegistration Step(string message, PluginStage stage, StepMode mode = StepMode.Synchronous, params StepImage[] images) => new()
    {
        Name = "step",
        MessageName = message,
        PrimaryEntityName = Orgs.Account,
        Stage = stage,
        Mode = mode,
        Images = images,
        Plugin = (_, _) => new DelegatePlugin(_ => { }),
    };

    [TestCase(PluginStage.PreValidation)]
    [TestCase(PluginStage.PreOperation)]
    public void Register_AsyncBeforePostOperation_Rejected(PluginStage stage)
    {
        var org = Orgs.CreateSut();

        var ex = Assert.Throws<ArgumentException>(() => org.RegisterStep(Step("Update", stage, StepMode.Asynchronous)));

        Assert.That(ex!.Message, Does.Contain("asynchronous steps are allowed only in PostOperation"));
    }

    [Test]
    public void Register_MainOperationStage_Rejected()
    {
        var org = Orgs.CreateSut();

        Assert.Throws<ArgumentException>(() => org.RegisterStep(Step("Update", PluginStage.MainOperation)));
    }

    [Test]
    public void Register_PreImageOnCreate_Rejected()
    {
        var org = Orgs.CreateSut();

        var ex = Assert.Throws<ArgumentException>(() => org.RegisterStep(Step("Create", PluginStage.PostOperation, StepMode.Synchronous, new StepImage("pre", ImageType.PreImage))));

        Assert.That(ex!.Message, Does.Contain(FaultMessages.NoPreImageOnCreate));
    }

    [Test]
    public void Register_PostImageOnDelete_Rejected()
    {
        var org = Orgs.CreateSut();

        var ex = Assert.Throws<ArgumentException>(() => org.RegisterStep(Step("Delete", PluginStage.PostOperation, StepMode.Synchronous, new StepImage("post", ImageType.PostImage))));

        Assert.That(ex!.Message, Does.Contain(FaultMessages.NoPostImageOnDelete));
    }

    [Test]
    public void Register_PostImageBeforePostOperation_Rejected()
    {
        var org = Orgs.CreateSut();

        var ex = Assert.Throws<ArgumentException>(() => org.RegisterStep(Step("Update", PluginStage.PreOperation, StepMode.Synchronous, new StepImage("both", ImageType.Both))));

        Assert.That(ex!.Message, Does.Contain(FaultMessages.PostImageOnlyPostOperation));
    }

    [Test]
    public void Register_ImagesOnAMessageWithoutImages_Rejected()
    {
        var org = Orgs.CreateSut();

        Assert.Throws<ArgumentException>(() => org.RegisterStep(Step("Win", PluginStage.PostOperation, StepMode.Synchronous, new StepImage("pre", ImageType.PreImage))));
    }

    [Test]
    public void Register_NoPlugin_Rejected()
    {
        var org = Orgs.CreateSut();

        Assert.Throws<ArgumentException>(() => org.RegisterStep(new StepRegistration { Name = "x", MessageName = "Create", Stage = PluginStage.PreOperation }));
    }

    [Test]
    public void Register_UnknownRunAsUser_Rejected()
    {
        var org = Orgs.CreateSut();

        Assert.Throws<ArgumentException>(() => org.RegisterStep(new StepRegistration
        {
            Name = "x",
            MessageName = "Create",
            Stage = PluginStage.PreOperation,
            RunAsUserId = Guid.NewGuid(),
            Plugin = (_, _) => new DelegatePlugin(_ => { }),
        }));
    }
}
