using System;
using LocalOrg.Ids;

namespace LocalOrg.Tests.Ids;

public class SequentialIdGeneratorTests
{
    [Test]
    public void NewId_Twice_CountsFromOneUnderTheSeed()
    {
        var ids = new SequentialIdGenerator(0xABC);

        Assert.That(ids.NewId(), Is.EqualTo(Guid.Parse("00000abc-0000-0000-0000-000000000001")));
        Assert.That(ids.NewId(), Is.EqualTo(SequentialIdGenerator.IdFor(0xABC, 2)));
    }

    [Test]
    public void NewId_TwoOrganizations_SameSequenceEach()
    {
        var first = new LocalOrganization().Service.Create(new Microsoft.Xrm.Sdk.Entity("account"));
        var second = new LocalOrganization().Service.Create(new Microsoft.Xrm.Sdk.Entity("account"));

        Assert.That(first, Is.EqualTo(second));
        Assert.That(first, Is.EqualTo(SequentialIdGenerator.IdFor(1, 1)), "users and steps take no row ids");
    }

    [Test]
    public void NewId_Random_NeverEmpty()
    {
        Assert.That(new RandomIdGenerator().NewId(), Is.Not.EqualTo(Guid.Empty));
    }
}
