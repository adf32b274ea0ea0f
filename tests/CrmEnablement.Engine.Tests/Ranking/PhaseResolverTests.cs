using System.Collections.Generic;
using CrmEnablement.Engine.Model;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Settings;

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

        Assert.That(EngineSettings.Default.Vocabularies[Vocabularies.Facet.Phase].Terms[position].Label, Is.EqualTo(expected));
        Assert.That(warnings, Is.Empty);
    }
}
