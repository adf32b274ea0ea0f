using Microsoft.Xrm.Sdk.Query;

namespace XrmStandIn.Tests.Query;

public class QueryByAttributeTests
{
    [Test]
    public void AddAttributeValue_KeepsColumnsAndValuesInStep()
    {
        var query = new QueryByAttribute("cen_content");

        query.AddAttributeValue("statecode", 0);
        query.AddAttributeValue("cen_kind", 100000001);

        Assert.Multiple(() =>
        {
            Assert.That(query.Attributes, Is.EqualTo(new[] { "statecode", "cen_kind" }));
            Assert.That(query.Values, Is.EqualTo(new object[] { 0, 100000001 }));
        });
    }

    [Test]
    public void Constructors_InitialiseColumnSetOnlyWithoutTableName()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new QueryByAttribute().ColumnSet, Is.Not.Null);
            Assert.That(new QueryByAttribute().PageInfo, Is.Not.Null);
            Assert.That(new QueryByAttribute("cen_content").ColumnSet, Is.Null);
        });
    }
}
