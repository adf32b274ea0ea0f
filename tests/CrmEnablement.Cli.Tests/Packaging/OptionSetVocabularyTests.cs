using System;
using System.IO;
using System.Linq;
using System.Xml.Linq;
using CrmEnablement.Cli.Tests.Packaging.TestSupport;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.Plugins.Dataverse;

namespace CrmEnablement.Cli.Tests.Packaging;

/// <summary>The solution's global choices carry the engine's labels and values, so tags mean the same in Dataverse and in ranking.</summary>
public class OptionSetVocabularyTests
{
    private static readonly VocabularySet Defaults = VocabularySet.Default;

    [TestCase("cen_journeyphase", Facet.Phase)]
    [TestCase("cen_salesstage", Facet.SalesStage)]
    [TestCase("cen_buyerrole", Facet.BuyerRole)]
    [TestCase("cen_customerchallenge", Facet.Challenge)]
    [TestCase("cen_contentkind", Facet.Kind)]
    [TestCase("cen_audience", Facet.Audience)]
    [TestCase("cen_medium", Facet.Medium)]
    [TestCase("cen_industry", Facet.Industry)]
    public void Choice_Facet_HasTheVocabularysLabelsAndValues(string choice, Facet facet)
    {
        Assert.That(Options(choice), Is.EqualTo(Defaults[facet].Terms.Select(term => (term.Value, term.Label))));
    }

    [TestCase("cen_suggestionstatus", typeof(SuggestionStatus))]
    [TestCase("cen_interactionaction", typeof(InteractionAction))]
    [TestCase("cen_dealoutcome", typeof(DealOutcome))]
    public void Choice_PluginEnum_HasTheEnumsValues(string choice, Type values)
    {
        Assert.That(Options(choice).Select(option => option.Value), Is.EqualTo(Enum.GetValues(values).Cast<int>().Order()));
    }

    [Test]
    public void ContentStatus_StatusReasons_AreTheEngineStatuses()
    {
        var entity = XDocument.Load(Path.Combine(RepositoryPaths.Solution, "src", "Entities", "cen_EnablementContent", "Entity.xml")).Root!;
        var statuses = entity.Descendants("status").Select(status => ((int)status.Attribute("value")!, status.Descendants("label").First().Attribute("description")!.Value));

        Assert.That(statuses, Is.EquivalentTo(Defaults[Facet.Status].Terms.Select(term => (term.Value, term.Label))));
    }

    private static (int Value, string Label)[] Options(string choice) =>
        XDocument.Load(Path.Combine(RepositoryPaths.Solution, "src", "OptionSets", choice + ".xml")).Root!.Element("options")!.Elements("option")
            .Select(option => ((int)option.Attribute("value")!, option.Element("labels")!.Element("label")!.Attribute("description")!.Value))
            .ToArray();
}
