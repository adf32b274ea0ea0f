using System;
using LocalOrg.Faults;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace LocalOrg.Tests.Execution;

public class DeleteHandlerTests
{
    [Test]
    public void Delete_ExistingRow_RemovesIt()
    {
        var org = Orgs.CreateSut();
        var id = org.Service.Create(Orgs.NewAccount("Contoso"));

        org.Service.Delete(Orgs.Account, id);

        Assert.That(org.Find(Orgs.Account, id), Is.Null);
    }

    [Test]
    public void Delete_MissingRow_FaultsNotFound()
    {
        var org = Orgs.CreateSut();

        var fault = Orgs.Fault(() => org.Service.Delete(Orgs.Account, Guid.Parse("00000000-0000-0000-0000-000000000009")));

        Assert.That(fault.ErrorCode, Is.EqualTo(ErrorCodes.ObjectDoesNotExist));
    }

    [Test]
    public void Execute_DeleteByAlternateKey_RemovesThatRowAndAnswersDelete()
    {
        var org = Orgs.CreateSut();
        org.DefineAlternateKey(Orgs.Account, "number", "accountnumber");
        var id = org.Service.Create(new Entity(Orgs.Account) { ["accountnumber"] = "A-9" });

        var response = org.Service.Execute(new DeleteRequest { Target = new EntityReference(Orgs.Account, "accountnumber", "A-9") });

        Assert.That(org.Find(Orgs.Account, id), Is.Null);
        Assert.That(response.ResponseName, Is.EqualTo("Delete"));
    }
}
