using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace XrmStandIn.Tests.Messages;

public class RetrieveMultipleMessageTests
{
    [Test]
    public void Request_IsNamedRetrieveMultiple_AndQueryWrapsParameter()
    {
        var query = new FetchExpression("<fetch><entity name='account'/></fetch>");

        var request = new RetrieveMultipleRequest { Query = query };

        Assert.Multiple(() =>
        {
            Assert.That(request.RequestName, Is.EqualTo("RetrieveMultiple"));
            Assert.That(request.Parameters["Query"], Is.SameAs(query));
        });
    }

    [Test]
    public void Response_EntityCollection_ReadsResult()
    {
        var page = new EntityCollection();

        var response = new RetrieveMultipleResponse { ["EntityCollection"] = page };

        Assert.That(response.EntityCollection, Is.SameAs(page));
    }
}
