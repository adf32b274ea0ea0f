using System;
using LocalOrg.Tests.TestSupport;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.Query;

public class QueryEngineTests
{
    [Test]
    public void Run_FetchExpression_ThrowsNotSupportedNamingTheAlternatives()
    {
        var org = QueryData.Create();

        var ex = Assert.Throws<NotSupportedException>(() => org.Service.RetrieveMultiple(new FetchExpression("<fetch/>")));

        Assert.That(ex!.Message, Does.Contain("FetchExpression").And.Contain("QueryExpression"));
    }

    [Test]
    public void Run_EmptyTable_ReturnsEmptyCollectionNamedForTheTable()
    {
        var org = Orgs.CreateSut();

        var result = org.Service.RetrieveMultiple(new QueryExpression("cen_content"));

        Assert.That(result.Entities, Is.Empty);
        Assert.That(result.EntityName, Is.EqualTo("cen_content"));
        Assert.That(result.MoreRecords, Is.False);
    }
}
