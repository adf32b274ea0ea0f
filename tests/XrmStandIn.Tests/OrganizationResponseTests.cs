using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests;

public class OrganizationResponseTests
{
    [Test]
    public void Indexer_ReadsAndWritesResults()
    {
        var response = new OrganizationResponse { ResponseName = "cen_GetSuggestions", ["Json"] = "[]" };

        Assert.Multiple(() =>
        {
            Assert.That(response.Results["Json"], Is.EqualTo("[]"));
            Assert.That(response["Json"], Is.EqualTo("[]"));
        });
    }

    [Test]
    public void Results_CanBeReplaced()
    {
        var results = new ParameterCollection { { "Json", "[]" } };

        var response = new OrganizationResponse { Results = results };

        Assert.That(response.Results, Is.SameAs(results));
    }
}
