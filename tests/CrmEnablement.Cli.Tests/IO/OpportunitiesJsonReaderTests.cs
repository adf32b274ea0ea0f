using System.Linq;
using System.Text.Json;
using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests.IO;

/// <summary>Reading the opportunities JSON, seen through <c>cen recommend</c>.</summary>
public class OpportunitiesJsonReaderTests
{
    private readonly TempDirectory _temp = new();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [TestCase("[ { \"id\": \"OPP-1\", \"status\": \"Open\" ")]
    [TestCase("[ { \"id\": \"OPP-1\", \"status\": \"Open\", } ]")]
    [TestCase("not json at all")]
    public void Read_MalformedJson_ExitsTwoNamingTheFile(string json)
    {
        var deals = _temp.Write("deals.json", json);

        var result = Recommend(deals);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Out, Is.Empty);
        Assert.That(result.ErrorLines.Single(), Does.StartWith(deals + ":").And.Contain("not valid JSON"));
    }

    [Test]
    public void Read_NotAnArray_ExitsTwoNamingTheFile()
    {
        var deals = _temp.Write("deals.json", JsonSerializer.Serialize(OpportunitiesJson.Deal("OPP-1")));

        var result = Recommend(deals);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines.Single(), Does.StartWith(deals + ":").And.Contain("array"));
    }

    [TestCase("Closed")]
    [TestCase("Pending")]
    public void Read_StatusOutsideOpenWonLost_ExitsTwoNamingOpportunityAndField(string status)
    {
        var deals = _temp.Write("deals.json", OpportunitiesJson.Of(OpportunitiesJson.Deal("OPP-1"), OpportunitiesJson.Deal("OPP-2", "status", status)));

        var result = Recommend(deals);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Out, Is.Empty);
        Assert.That(result.ErrorLines.Single(), Does.StartWith($"{deals}: opportunity #2 (OPP-2): field 'status': ").And.Contain($"'{status}'"));
    }

    [Test]
    public void Read_UnknownField_ExitsTwoNamingTheFieldAndClosest()
    {
        var deals = _temp.Write("deals.json", OpportunitiesJson.Of(OpportunitiesJson.Deal("OPP-1", "salesStag", "Qualify")));

        var result = Recommend(deals);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines.Single(), Does.StartWith($"{deals}: opportunity #1 (OPP-1): field 'salesStag': ").And.Contain("salesStage"));
    }

    [TestCase("id")]
    [TestCase("status")]
    public void Read_RequiredFieldMissing_ExitsTwoNamingTheField(string field)
    {
        var deal = OpportunitiesJson.Deal("OPP-1");
        deal.Remove(field);
        var deals = _temp.Write("deals.json", OpportunitiesJson.Of(deal));

        var result = Recommend(deals);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.Contain($"opportunity #1").And.Contain($"field '{field}'"));
    }

    [Test]
    public void Read_WrongValueTypes_ReportsEveryFieldOfEveryDeal()
    {
        var deals = _temp.Write("deals.json", OpportunitiesJson.Of(
            OpportunitiesJson.Deal("OPP-1", "buyerRoles", "Economic Buyer"),
            OpportunitiesJson.Deal("OPP-2", "industry", 42),
            OpportunitiesJson.Deal("OPP-3", "stakeholders", new[] { new { name = "Ann" } })));

        var result = Recommend(deals);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines, Has.Length.EqualTo(3));
        Assert.That(result.ErrorLines[0], Does.Contain("opportunity #1 (OPP-1): field 'buyerRoles'"));
        Assert.That(result.ErrorLines[1], Does.Contain("opportunity #2 (OPP-2): field 'industry'"));
        Assert.That(result.ErrorLines[2], Does.Contain("opportunity #3 (OPP-3): field 'stakeholders'"));
    }

    [Test]
    public void Read_DuplicateId_ExitsTwoNamingTheFirstOpportunity()
    {
        var deals = _temp.Write("deals.json", OpportunitiesJson.Of(OpportunitiesJson.Deal("OPP-1"), OpportunitiesJson.Deal("OPP-1")));

        var result = Recommend(deals);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines.Single(), Does.Contain("opportunity #2 (OPP-1): field 'id'").And.Contain("opportunity #1"));
    }

    [Test]
    public void Read_CommentsAndLabelsInAnyCase_AreAccepted()
    {
        var deals = _temp.Write("deals.json", "// pipeline export\n" + OpportunitiesJson.Of(OpportunitiesJson.Deal("OPP-1", "status", "open")));

        var result = Recommend(deals);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        using var document = JsonDocument.Parse(result.Out);
        Assert.That(SuggestionsJson.SuggestedIds(SuggestionsJson.Opportunity(document, "OPP-1")), Is.EqualTo(new[] { "A" }));
    }

    private CliResult Recommend(string deals)
    {
        var catalog = _temp.Write("catalog.csv", new CatalogCsvBuilder().Row("A").Build());
        return CliRunner.Run("recommend", "--catalog", catalog, "--opportunities", deals, "--format", "json");
    }
}
