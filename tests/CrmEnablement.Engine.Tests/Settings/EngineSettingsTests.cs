using System.Collections.Generic;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Engine.Tests.Settings;

public class EngineSettingsTests
{
    private static readonly EngineSettings Defaults = EngineSettings.Default;

    private static IEnumerable<TestCaseData> OneBadField()
    {
        yield return Case("topK", "0", Defaults with { TopK = 0 });
        yield return Case("topK", "101", Defaults with { TopK = 101 });
        yield return Case("perKindCap", "0", Defaults with { PerKindCap = 0 });
        yield return Case("internalCap", "-1", Defaults with { InternalCap = -1 });
        yield return Case("weights.industry", "-1", Defaults with { Weights = Defaults.Weights with { Industry = -1 } });
        yield return Case("weights.buyerRole", "1001", Defaults with { Weights = Defaults.Weights with { BuyerRole = 1001 } });
        yield return Case("weights.phase", "NaN", Defaults with { Weights = Defaults.Weights with { Phase = double.NaN } });
        yield return Case("weights.salesStage", "-0.5", Defaults with { Weights = Defaults.Weights with { SalesStage = -0.5 } });
        yield return Case("weights.challenge", "-2", Defaults with { Weights = Defaults.Weights with { Challenge = -2 } });
        yield return Case("weights.pinned", "2000", Defaults with { Weights = Defaults.Weights with { Pinned = 2000 } });
        yield return Case("weights.feedback", "-0.1", Defaults with { Weights = Defaults.Weights with { Feedback = -0.1 } });
        yield return Case("weights.freshness", "-0.1", Defaults with { Weights = Defaults.Weights with { Freshness = -0.1 } });
        yield return Case("feedbackPrior.helpful", "0", Defaults with { FeedbackPriorHelpful = 0 });
        yield return Case("feedbackPrior.notHelpful", "-1", Defaults with { FeedbackPriorNotHelpful = -1 });
        yield return Case("freshnessHalfLifeDays", "0", Defaults with { FreshnessHalfLifeDays = 0 });
        yield return Case("wonPhase", "Implementation", Defaults with { WonPhase = "Implementation" });
    }

    [Test]
    public void Validate_Defaults_NoProblems()
    {
        Assert.That(EngineSettings.Default.Validate(), Is.Empty);
    }

    [TestCaseSource(nameof(OneBadField))]
    public void Validate_OneBadField_ProblemNamesField(string field, EngineSettings settings)
    {
        var problems = settings.Validate();

        Assert.That(problems, Has.Some.Contains(field));
    }

    [TestCaseSource(nameof(OneBadField))]
    public void Validate_OneBadField_EveryProblemStartsWithAFieldName(string field, EngineSettings settings)
    {
        var problems = settings.Validate();

        Assert.That(problems, Is.Not.Empty);
        Assert.That(problems, Has.All.Match(@"^(topK|perKindCap|internalCap|weights|feedbackPrior|freshnessHalfLifeDays|stagePhaseMap|wonPhase)\b"));
    }

    // A NaN slips past "<= 0" checks; it would reach the freshness table and the feedback score.
    [TestCase("freshnessHalfLifeDays", double.NaN)]
    [TestCase("freshnessHalfLifeDays", double.PositiveInfinity)]
    [TestCase("feedbackPrior.helpful", double.NaN)]
    [TestCase("feedbackPrior.notHelpful", double.NaN)]
    [TestCase("feedbackPrior.notHelpful", double.PositiveInfinity)]
    public void Validate_NotFinite_ProblemNamesField(string field, double value)
    {
        var settings = field switch
        {
            "freshnessHalfLifeDays" => Defaults with { FreshnessHalfLifeDays = value },
            "feedbackPrior.helpful" => Defaults with { FeedbackPriorHelpful = value },
            _ => Defaults with { FeedbackPriorNotHelpful = value },
        };

        Assert.That(settings.Validate(), Has.Some.Contains(field));
    }

    [Test]
    public void Validate_TieBreakersReachSmallestFacetWeight_ProblemNamesThatWeight()
    {
        // Smallest facet weight is challenge = 2; 2 × 0.75 + 0.5 = 2 is not below it.
        var settings = Defaults with { Weights = Defaults.Weights with { Feedback = 0.75, Freshness = 0.5 } };

        var problems = settings.Validate();

        Assert.That(problems, Has.Exactly(1).Contains("weights.feedback and weights.freshness").And.Contains("weights.challenge = 2"));
    }

    [Test]
    public void Validate_TieBreakersJustBelowSmallestFacetWeight_NoProblems()
    {
        // 2 × 0.75 + 0.25 = 1.75 < 2.
        var settings = Defaults with { Weights = Defaults.Weights with { Feedback = 0.75, Freshness = 0.25 } };

        Assert.That(settings.Validate(), Is.Empty);
    }

    [Test]
    public void Validate_ZeroFacetWeight_DoesNotBoundTieBreakers()
    {
        // With challenge at 0 the smallest weighted facet is phase/stage/pin = 3; 2 × 1.2 + 0.5 = 2.9 < 3.
        var weights = Defaults.Weights with { Challenge = 0, Feedback = 1.2, Freshness = 0.5 };

        Assert.That((Defaults with { Weights = weights }).Validate(), Is.Empty);
        Assert.That((Defaults with { Weights = weights with { Challenge = 2 } }).Validate(), Has.Exactly(1).Contains("weights.challenge = 2"));
    }

    [Test]
    public void Validate_AllFacetWeightsZero_Problem()
    {
        var weights = new ScoreWeights { Industry = 0, BuyerRole = 0, Phase = 0, SalesStage = 0, Challenge = 0, Pinned = 0 };

        Assert.That((Defaults with { Weights = weights }).Validate(), Has.Some.StartsWith("weights: at least one facet weight"));
    }

    [Test]
    public void Validate_StagePhaseMapUnknownStage_NamesKeyAndClosestStage()
    {
        var settings = Defaults with { StagePhaseMap = new Dictionary<string, string> { ["Qualfy"] = "Awareness" } };

        Assert.That(settings.Validate(), Is.EqualTo(new[] { "stagePhaseMap: 'Qualfy' is not a sales stage (closest: Qualify)." }));
    }

    [Test]
    public void Validate_StagePhaseMapUnknownPhase_NamesEntryAndClosestPhase()
    {
        var settings = Defaults with { StagePhaseMap = new Dictionary<string, string> { ["Qualify"] = "Awarness" } };

        Assert.That(settings.Validate(), Is.EqualTo(new[] { "stagePhaseMap['Qualify']: 'Awarness' is not a journey phase (closest: Awareness)." }));
    }

    [Test]
    public void Validate_StagePhaseMapOtherSpellings_Accepted()
    {
        var settings = Defaults with { StagePhaseMap = new Dictionary<string, string> { ["qualify"] = "implementation and adoption" } };

        Assert.That(settings.Validate(), Is.Empty);
    }

    [Test]
    public void Validate_SeveralProblems_ReportsEach()
    {
        var settings = Defaults with { TopK = 0, PerKindCap = 0, FreshnessHalfLifeDays = -1 };

        var problems = settings.Validate();

        Assert.That(problems, Has.Count.EqualTo(3));
        Assert.That(string.Join(" ", problems), Does.Contain("topK").And.Contain("perKindCap").And.Contain("freshnessHalfLifeDays"));
    }

    private static TestCaseData Case(string field, string value, EngineSettings settings) =>
        new TestCaseData(field, settings).SetArgDisplayNames(field, value);
}
