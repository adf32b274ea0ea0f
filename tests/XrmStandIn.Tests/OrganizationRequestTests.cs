using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests;

public class OrganizationRequestTests
{
    [Test]
    public void NameConstructor_SetsRequestName_AndParametersStartEmpty()
    {
        var request = new OrganizationRequest("cen_GetSuggestions");

        Assert.Multiple(() =>
        {
            Assert.That(request.RequestName, Is.EqualTo("cen_GetSuggestions"));
            Assert.That(request.Parameters, Is.Empty);
        });
    }

    [Test]
    public void Indexer_ReadsAndWritesParameters()
    {
        var request = new OrganizationRequest("cen_GetSuggestions") { ["Top"] = 8 };

        Assert.Multiple(() =>
        {
            Assert.That(request.Parameters["Top"], Is.EqualTo(8));
            Assert.Throws<KeyNotFoundException>(() => _ = request["Missing"]);
        });
    }
}
