using Microsoft.Xrm.Sdk.Query;

namespace XrmStandIn.Tests.Query;

public class ColumnSetTests
{
    [Test]
    public void ParamsConstructor_ListsColumns()
    {
        var columns = new ColumnSet("name", "industrycode");

        Assert.Multiple(() =>
        {
            Assert.That(columns.Columns, Is.EqualTo(new[] { "name", "industrycode" }));
            Assert.That(columns.AllColumns, Is.False);
        });
    }

    [Test]
    public void BoolConstructor_SetsAllColumns()
    {
        Assert.That(new ColumnSet(true).AllColumns, Is.True);
    }

    [Test]
    public void AddColumnAndAddColumns_Append()
    {
        var columns = new ColumnSet();

        columns.AddColumn("name");
        columns.AddColumns("telephone1", "fax");

        Assert.That(columns.Columns, Is.EqualTo(new[] { "name", "telephone1", "fax" }));
    }
}
