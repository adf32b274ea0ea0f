using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests;

public class OrganizationServiceFaultTests
{
    [Test]
    public void Type_DerivesFromAbstractBaseServiceFault()
    {
        Assert.Multiple(() =>
        {
            Assert.That(typeof(OrganizationServiceFault).BaseType, Is.EqualTo(typeof(BaseServiceFault)));
            Assert.That(typeof(BaseServiceFault).IsAbstract, Is.True);
            Assert.That(typeof(OrganizationServiceFault).IsSealed, Is.False);
        });
    }

    [Test]
    public void ToString_ShowsCodeMessageAndInnerFault()
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = unchecked((int)0x80040217),
            Message = "account With Id = 1 Does Not Exist",
            InnerFault = new OrganizationServiceFault { Message = "inner cause" },
        };

        var text = fault.ToString();

        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("0x80040217"));
            Assert.That(text, Does.Contain("account With Id = 1 Does Not Exist"));
            Assert.That(text, Does.Contain("inner cause"));
        });
    }

    [Test]
    public void ErrorDetails_NeverNull()
    {
        var fault = new OrganizationServiceFault();

        fault.ErrorDetails.Add("ApiExceededLimitName", "Number of requests");

        Assert.That(fault.ErrorDetails.Count, Is.EqualTo(1));
    }
}
