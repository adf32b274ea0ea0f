using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Engine.Catalog;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Cli.Tests.Commands;

public partial class RecommendCommandTests
{
    private readonly TempDirectory _temp = new();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void Recommend_Samples_OneEntryPerOpportunityInInputOrderWithRanksFromOne()
    {
        var inputIds = Samples.OpportunityIds();

        var result = CliRunner.Run(Samples.RecommendArgs());

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        using var document = JsonDocument.Parse(result.Out);
        Assert.That(document.RootElement.GetProperty("asOf").GetString(), Is.EqualTo(FixedClock.TodayText));
        var opportunities = SuggestionsJson.Opportunities(document);
        Assert.That(opportunities.Select(entry => entry.GetProperty("id").GetString()), Is.EqualTo(inputIds));
        foreach (var opportunity in opportunities)
        {
            var ranks = SuggestionsJson.Suggestions(opportunity).Select(suggestion => suggestion.GetProperty("rank").GetInt32());
            Assert.That(ranks, Is.EqualTo(Enumerable.Range(1, SuggestionsJson.Suggestions(opportunity).Count)));
        }

        Assert.That(opportunities.Sum(entry => SuggestionsJson.Suggestions(entry).Count), Is.GreaterThan(0));
    }

    [Test]
    public void Recommend_Samples_AtMostEightTwoPerKindAndTwoInternal()
    {
        var result = CliRunner.Run(Samples.RecommendArgs());

        using var document = JsonDocument.Parse(result.Out);
        Assert.Multiple(() =>
        {
            foreach (var opportunity in SuggestionsJson.Opportunities(document))
            {
                var suggestions = SuggestionsJson.Suggestions(opportunity);
                var id = opportunity.GetProperty("id").GetString();
                Assert.That(suggestions, Has.Count.LessThanOrEqualTo(8), id);
                var kinds = suggestions.GroupBy(suggestion => suggestion.GetProperty("kind").GetString());
                Assert.That(kinds.Max(kind => (int?)kind.Count()) ?? 0, Is.LessThanOrEqualTo(2), id);
                var internals = suggestions.Count(suggestion => suggestion.GetProperty("audience").GetString() == AudienceLabels.Internal);
                Assert.That(internals, Is.LessThanOrEqualTo(2), id);
            }
        });
    }

    [Test]
    public void Recommend_Samples_NeverSuggestsWhatTheDealDismissed()
    {
        using var input = JsonDocument.Parse(File.ReadAllText(Samples.Opportunities));
        var result = CliRunner.Run(Samples.RecommendArgs());

        using var document = JsonDocument.Parse(result.Out);
        var checkedDismissals = 0;
        foreach (var deal in input.RootElement.EnumerateArray().Where(deal => deal.TryGetProperty("dismissed", out _)))
        {
            var suggested = SuggestionsJson.SuggestedIds(SuggestionsJson.Opportunity(document, deal.GetProperty("id").GetString()!));
            foreach (var dismissed in deal.GetProperty("dismissed").EnumerateArray().Select(entry => entry.GetString()))
            {
                Assert.That(suggested, Has.No.Member(dismissed), deal.GetProperty("id").GetString());
                checkedDismissals++;
            }
        }

        Assert.That(checkedDismissals, Is.GreaterThan(0));
    }

    [Test]
    public void Recommend_Samples_UnknownIndustryIsWarned()
    {
        var closest = EngineSettings.Default.Vocabularies[Facet.Industry].Closest("Space Tourism");

        var result = CliRunner.Run(Samples.RecommendArgs());

        using var document = JsonDocument.Parse(result.Out);
        var deal = SuggestionsJson.Opportunities(document).Single(entry => entry.GetProperty("warnings").GetRawText().Contains("Space Tourism"));
        Assert.That(SuggestionsJson.Warnings(deal), Does.Contain(RankingMessages.UnknownIndustry("Space Tourism", closest)));
    }

    [Test]
    public void Recommend_DealWithStakeholders_NamesTheIndustryAndEveryRoleRankedFor()
    {
        var stakeholders = new[] { new { name = "Ana", role = "Champion" }, new { name = "Ben", role = "economic buyer" } };
        var deals = _temp.Write("deals.json", OpportunitiesJson.Of(
            OpportunitiesJson.Deal("OPP-1", "stakeholders", stakeholders),
            OpportunitiesJson.Deal("OPP-2", "industry", "Space Tourism")));
        var catalog = _temp.Write("catalog.csv", new CatalogCsvBuilder().Row("A").Build());

        var result = CliRunner.Run("recommend", "--catalog", catalog, "--opportunities", deals, "--format", "json");

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        using var document = JsonDocument.Parse(result.Out);
        var known = SuggestionsJson.Opportunity(document, "OPP-1");
        var unknown = SuggestionsJson.Opportunity(document, "OPP-2");
        Assert.That(known.GetProperty("industry").GetString(), Is.EqualTo("Insurance"));
        Assert.That(SuggestionsJson.BuyerRoles(known), Is.EqualTo(new[] { "Economic Buyer", "Champion" }));
        Assert.That(unknown.GetProperty("industry").ValueKind, Is.EqualTo(JsonValueKind.Null));
        Assert.That(SuggestionsJson.BuyerRoles(unknown), Is.EqualTo(new[] { "Economic Buyer" }));
    }

    [Test]
    public void Recommend_Samples_LostDealGetsNoSuggestions()
    {
        using var input = JsonDocument.Parse(File.ReadAllText(Samples.Opportunities));
        var lostId = input.RootElement.EnumerateArray().Single(deal => deal.GetProperty("status").GetString() == "Lost").GetProperty("id").GetString()!;

        var result = CliRunner.Run(Samples.RecommendArgs());

        using var document = JsonDocument.Parse(result.Out);
        var lost = SuggestionsJson.Opportunity(document, lostId);
        Assert.That(SuggestionsJson.Suggestions(lost), Is.Empty);
        Assert.That(SuggestionsJson.Warnings(lost), Does.Contain(RankingMessages.Lost));
    }

    [Test]
    public void Recommend_SameInputsTwice_WritesIdenticalBytes()
    {
        var first = _temp.PathOf("first.json");
        var second = _temp.PathOf("second.json");

        var firstRun = CliRunner.Run(Samples.RecommendArgs("--out", first));
        var secondRun = CliRunner.Run(Samples.RecommendArgs("--out", second));

        Assert.That(firstRun.ExitCode, Is.EqualTo(ExitCodes.Ok), firstRun.Error);
        Assert.That(secondRun.ExitCode, Is.EqualTo(ExitCodes.Ok), secondRun.Error);
        Assert.That(firstRun.Out, Is.Empty);
        Assert.That(firstRun.ErrorLines, Does.Contain(CliMessages.Written(first, Samples.OpportunityIds().Count)));
        Assert.That(File.ReadAllBytes(second), Is.EqualTo(File.ReadAllBytes(first)));
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(2026)]
    public void Recommend_ShuffledCatalogRows_WritesIdenticalBytes(int seed)
    {
        var lines = File.ReadAllLines(Samples.Catalog).Where(line => line.Length > 0).ToArray();
        Assume.That(lines.All(line => line.Count(ch => ch == '"') % 2 == 0), "one row per line: no quoted line breaks");
        var shuffled = lines.Skip(1).ToArray();
        new Random(seed).Shuffle(shuffled);
        Assume.That(shuffled, Is.Not.EqualTo(lines.Skip(1)));
        var catalog = _temp.Write("shuffled.csv", string.Join("\n", new[] { lines[0] }.Concat(shuffled)) + "\n");
        var expected = _temp.PathOf("expected.json");
        var actual = _temp.PathOf("actual.json");
        var args = Samples.RecommendArgs("--out", actual);
        args[Array.IndexOf(args, "--catalog") + 1] = catalog;

        CliRunner.Run(Samples.RecommendArgs("--out", expected));
        var result = CliRunner.Run(args);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        Assert.That(File.ReadAllText(actual), Is.EqualTo(File.ReadAllText(expected)));
        Assert.That(File.ReadAllBytes(actual), Is.EqualTo(File.ReadAllBytes(expected)));
    }

    [TestCase(1)]
    [TestCase(7)]
    [TestCase(2026)]
    public void Recommend_ExactTiesInShuffledRows_WritesIdenticalBytes(int seed)
    {
        // Six items that score exactly alike compete for the two Case Study places: only a
        // tie-break that ignores row order gives the same two whatever the order.
        var rows = new CatalogCsvBuilder();
        foreach (var id in new[] { "T1", "T2", "T3", "T4", "T5", "T6" })
        {
            rows.Row(id);
        }

        var lines = rows.Lines();
        var shuffledRows = lines.Skip(1).ToArray();
        new Random(seed).Shuffle(shuffledRows);
        Assume.That(shuffledRows.Take(2), Is.Not.EqualTo(lines.Skip(1).Take(2)));
        var deals = WriteDeals();
        var inOrder = _temp.Write("in-order.csv", string.Join("\n", lines) + "\n");
        var shuffled = _temp.Write("shuffled.csv", string.Join("\n", new[] { lines[0] }.Concat(shuffledRows)) + "\n");

        var expected = CliRunner.Run("recommend", "--catalog", inOrder, "--opportunities", deals, "--format", "json");
        var actual = CliRunner.Run("recommend", "--catalog", shuffled, "--opportunities", deals, "--format", "json");

        Assert.That(expected.ExitCode, Is.EqualTo(ExitCodes.Ok), expected.Error);
        Assert.That(actual.Out, Is.EqualTo(expected.Out));
        using var document = JsonDocument.Parse(actual.Out);
        Assert.That(SuggestionsJson.SuggestedIds(SuggestionsJson.Opportunity(document, "OPP-1")), Has.Count.EqualTo(2));
    }

    private string WriteCatalog(CatalogCsvBuilder catalog) => _temp.Write("catalog.csv", catalog.Build());

    private string WriteDeals() => _temp.Write("deals.json", OpportunitiesJson.Of(OpportunitiesJson.Deal("OPP-1")));
}
