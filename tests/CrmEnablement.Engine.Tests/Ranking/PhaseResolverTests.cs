using System.Collections.Generic;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Vocabularies;
using static CrmEnablement.Engine.Tests.TestSupport.OpportunityBuilder;

namespace CrmEnablement.Engine.Tests.Ranking;

public class PhaseResolverTests
{
    [TestCase(null, OpportunityStatus.Open, "Qualify", "Awareness")]
    [TestCase(null, OpportunityStatus.Open, "Develop", "Buying")]
    [TestCase(null, OpportunityStatus.Won, "Close", "Implementation & Adoption")]
    [TestCase("Buying", OpportunityStatus.Won, "Qualify", "Buying")]
    [TestCase("implementation and adoption", OpportunityStatus.Open, "Qualify", "Implementation & Adoption")]
    public void Resolve_Precedence_ExplicitThenWonThenStage(string? phase, OpportunityStatus status, string stage, string expected)
    {
        var warnings = new List<string>();
        var deal = new OpportunityProfile { Id = "O", Phase = phase, Status = status, SalesStage = stage };

        var position = PhaseResolver.Resolve(deal, EngineSettings.Default, warnings);

        Assert.That(Label(position), Is.EqualTo(expected));
        Assert.That(warnings, Is.Empty);
    }

    [Test]
    public void Resolve_UnknownExplicitPhase_WarnsWithClosestAndFallsBackToStage()
    {
        var warnings = new List<string>();

        var position = PhaseResolver.Resolve(Deal().Phase("Awarenes").Stage("Propose"), EngineSettings.Default, warnings);

        Assert.That(Label(position), Is.EqualTo("Buying"));
        Assert.That(warnings, Is.EqualTo(new[] { RankingMessages.UnknownPhase("Awarenes", "Awareness") }));
    }

    [Test]
    public void Resolve_UnknownExplicitPhaseOnWonDeal_FallsBackToWonPhase()
    {
        var warnings = new List<string>();

        var position = PhaseResolver.Resolve(Deal().Phase("Onboarding").Won().Stage("Qualify"), EngineSettings.Default, warnings);

        Assert.That(Label(position), Is.EqualTo("Implementation & Adoption"));
        Assert.That(warnings, Has.Count.EqualTo(1));
    }

    [Test]
    public void Resolve_NoStage_WarnsAndAssumesAwareness()
    {
        var warnings = new List<string>();

        var position = PhaseResolver.Resolve(Deal().Stage(null), EngineSettings.Default, warnings);

        Assert.That(Label(position), Is.EqualTo("Awareness"));
        Assert.That(warnings, Is.EqualTo(new[] { RankingMessages.NoPhase("Awareness") }));
    }

    [Test]
    public void Resolve_StageMissingFromMap_WarnsAndAssumesAwareness()
    {
        var warnings = new List<string>();
        var settings = EngineSettings.Default with { StagePhaseMap = new Dictionary<string, string> { ["Qualify"] = "Buying" } };

        var position = PhaseResolver.Resolve(Deal().Stage("close"), settings, warnings);

        Assert.That(Label(position), Is.EqualTo("Awareness"));
        Assert.That(warnings, Is.EqualTo(new[] { RankingMessages.StageNotMapped("Close", "Awareness") }));
    }

    [Test]
    public void Resolve_UnknownStage_SaysItIsUnknownNotUnmapped()
    {
        var warnings = new List<string>();

        var position = PhaseResolver.Resolve(Deal().Stage("Negotiate"), EngineSettings.Default, warnings);

        Assert.That(Label(position), Is.EqualTo("Awareness"));
        Assert.That(warnings, Is.EqualTo(new[] { RankingMessages.UnknownStagePhase("Negotiate", "Awareness") }));
    }

    [Test]
    public void Resolve_EditedStageMap_UsesSettings()
    {
        var settings = EngineSettings.Default with { StagePhaseMap = new Dictionary<string, string> { ["Develop"] = "Awareness" } };

        var position = PhaseResolver.Resolve(Deal().Stage("Develop"), settings, new List<string>());

        Assert.That(Label(position), Is.EqualTo("Awareness"));
    }

    [TestCase("Qualify", true, "Awareness")]
    [TestCase("propose", true, "Buying")]
    [TestCase("Negotiate", false, null)]
    public void TryGetPhaseOfStage_DefaultMap_GivesThePhaseOnlyForMappedStages(string stage, bool mapped, string? expected)
    {
        var found = PhaseResolver.TryGetPhaseOfStage(stage, EngineSettings.Default, out var position);

        Assert.That(found, Is.EqualTo(mapped));
        Assert.That(found ? Label(position) : null, Is.EqualTo(expected));
    }

    [Test]
    public void TryGetPhaseOfStage_StageMissingFromMap_IsFalse()
    {
        var settings = EngineSettings.Default with { StagePhaseMap = new Dictionary<string, string> { ["Qualify"] = "Buying" } };

        Assert.That(PhaseResolver.TryGetPhaseOfStage("Close", settings, out _), Is.False);
    }

    private static string Label(int position) => EngineSettings.Default.Vocabularies[Facet.Phase].Terms[position].Label;
}
