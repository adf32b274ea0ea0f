using System;
using System.Linq;
using CrmEnablement.Plugins.Dataverse;
using CrmEnablement.Plugins.Tests.TestSupport;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.Steps;

/// <summary>Content changes reach reps at once, through the catalogue version.</summary>
public class BumpCatalogVersionPluginTests
{
    private Org _org = null!;
    private Guid _opportunity;

    [SetUp]
    public void SetUp()
    {
        _org = new Org();
        _org.Seed(Rows.Content("AWARE-1", "Insight", phases: new[] { "Awareness" }));
        _opportunity = _org.Seed(Rows.Opportunity(null, 0));
    }

    [Test]
    public void Create_Content_VisibleInTheNextSuggestions()
    {
        Assert.That(CustomApi.ContentIds(_org.Rep, _opportunity), Is.EqualTo(new[] { "AWARE-1" }), "warms the cache");

        _org.Admin.Create(Rows.Content("AWARE-2", "Case Study", phases: new[] { "Awareness" }));

        Assert.That(CustomApi.ContentIds(_org.Rep, _opportunity), Is.EquivalentTo(new[] { "AWARE-1", "AWARE-2" }));
        Assert.That(CurrentVersion(), Is.EqualTo("1"));
    }

    [Test]
    public void Update_ContentRetired_LeavesTheSuggestionsAtOnce()
    {
        CustomApi.ContentIds(_org.Rep, _opportunity);
        var row = _org.Local.Rows(ContentSchema.Table).Single();

        _org.Admin.Update(new Entity(ContentSchema.Table, row.Id) { [ContentSchema.StatusCode] = Rows.Option(Engine.Vocabularies.Facet.Status, "Retired") });

        Assert.That(CustomApi.ContentIds(_org.Rep, _opportunity), Is.Empty);
    }

    [Test]
    public void Update_OnlyCounters_DoesNotBumpTheVersion()
    {
        var row = _org.Local.Rows(ContentSchema.Table).Single();

        _org.Admin.Update(new Entity(ContentSchema.Table, row.Id) { [ContentSchema.OpenedCount] = 5 });

        Assert.That(CurrentVersion(), Is.Null);
    }

    [Test]
    public void Delete_Content_BumpsTwiceAfterCreateAndDelete()
    {
        var id = _org.Admin.Create(Rows.Content("TEMP-1"));

        _org.Admin.Delete(ContentSchema.Table, id);

        Assert.That(CurrentVersion(), Is.EqualTo("2"));
    }

    private string? CurrentVersion() =>
        _org.Local.Rows(EnvironmentVariableSchema.Value)
            .SingleOrDefault(row => row.GetAttributeValue<EntityReference>(EnvironmentVariableSchema.DefinitionId)?.Id == _org.VersionDefinition)
            ?.GetAttributeValue<string>(EnvironmentVariableSchema.ValueText);
}
