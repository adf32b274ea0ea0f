using System.Linq;
using System.Text.Json;
using CrmEnablement.Cli.Tests.TestSupport;
using CrmEnablement.Engine.Catalog;

namespace CrmEnablement.Cli.Tests.IO;

/// <summary>Reading settings JSON, seen through <c>cen recommend</c> and <c>cen validate</c>.</summary>
public class SettingsJsonReaderTests
{
    private readonly TempDirectory _temp = new();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [TestCase("{ \"topk\": 3 }", "topk")]
    [TestCase("{ \"weights\": { \"industy\": 4 } }", "weights.industy")]
    [TestCase("{ \"feedbackPrior\": { \"helpfull\": 1 } }", "feedbackPrior.helpfull")]
    public void Read_UnknownKey_ExitsTwoNamingIt(string json, string key)
    {
        var settings = _temp.Write("settings.json", json);

        var result = Recommend(settings);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Out, Is.Empty);
        Assert.That(result.ErrorLines.Single(), Does.StartWith($"{settings}: {key} ").And.Contain("is not a setting"));
    }

    [TestCase("{ \"weights\": { \"feedback\": 1.5 } }")]
    [TestCase("{ \"weights\": { \"challenge\": 0.5 } }")]
    [TestCase("{ \"weights\": { \"freshness\": 2, \"feedback\": 0 } }")]
    public void Read_TieBreakersOutweighingTheSmallestFacet_ExitsTwo(string json)
    {
        var settings = _temp.Write("settings.json", json);

        var result = Recommend(settings);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines.Single(), Does.StartWith(settings + ": weights.feedback and weights.freshness"));
    }

    [TestCase("{ \"topK\": 0 }", "topK")]
    [TestCase("{ \"topK\": \"eight\" }", "topK")]
    [TestCase("{ \"perKindCap\": 0 }", "perKindCap")]
    [TestCase("{ \"wonPhase\": \"Victory\" }", "wonPhase")]
    [TestCase("{ \"stagePhaseMap\": { \"Qualify\": \"Awarenes\" } }", "stagePhaseMap")]
    public void Read_InvalidValue_ExitsTwoNamingTheSetting(string json, string setting)
    {
        var settings = _temp.Write("settings.json", json);

        var result = Recommend(settings);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.Error, Does.StartWith($"{settings}: {setting}"));
    }

    [Test]
    public void Read_MalformedJson_ExitsTwoNamingTheFile()
    {
        var settings = _temp.Write("settings.json", "{ \"topK\": ");

        var result = Recommend(settings);

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(result.ErrorLines.Single(), Does.StartWith(settings + ":").And.Contain("not valid JSON"));
    }

    [Test]
    public void Read_TopK3_AtMostThreeSuggestionsEach()
    {
        var settings = _temp.Write("settings.json", "{ \"topK\": 3 }");
        var args = Samples.RecommendArgs().ToList();
        var at = args.IndexOf("--settings");
        if (at >= 0)
        {
            args.RemoveRange(at, 2);
        }

        var result = CliRunner.Run(args.Concat(new[] { "--settings", settings }).ToArray());

        Assert.That(result.ExitCode, Is.EqualTo(ExitCodes.Ok), result.Error);
        using var document = JsonDocument.Parse(result.Out);
        var counts = SuggestionsJson.Opportunities(document).Select(entry => SuggestionsJson.Suggestions(entry).Count).ToArray();
        Assert.That(counts, Has.All.LessThanOrEqualTo(3));
        Assert.That(counts, Has.Some.EqualTo(3));
    }

    [Test]
    public void Read_VocabularyWithANewKind_LetsValidateAcceptIt()
    {
        var catalog = _temp.Write("catalog.csv", new CatalogCsvBuilder().Row("A", (CatalogColumns.Kind, "Podcast")).Build());
        var settings = _temp.Write("settings.json", "{ \"vocabularies\": { \"kinds\": [ \"Case Study\", \"Podcast\" ] } }");

        var without = CliRunner.Run("validate", "--catalog", catalog);
        var with = CliRunner.Run("validate", "--catalog", catalog, "--settings", settings);

        Assert.That(without.ExitCode, Is.EqualTo(ExitCodes.InvalidInput));
        Assert.That(with.ExitCode, Is.EqualTo(ExitCodes.Ok), with.Out + with.Error);
        Assert.That(with.OutLines, Is.EqualTo(new[] { CliMessages.Valid(catalog, 1) }));
    }

    private CliResult Recommend(string settings)
    {
        var catalog = _temp.Write("catalog.csv", new CatalogCsvBuilder().Row("A").Build());
        var deals = _temp.Write("deals.json", OpportunitiesJson.Of(OpportunitiesJson.Deal("OPP-1")));
        return CliRunner.Run("recommend", "--catalog", catalog, "--opportunities", deals, "--settings", settings, "--format", "json");
    }
}
