using System;
using CrmEnablement.Cli.Sandbox;

namespace CrmEnablement.Cli.Tests.Sandbox;

public sealed class ODataBindTests
{
    [Test]
    public void Parse_IdReference_NamesTheTableAndRow()
    {
        var reference = ODataBind.Parse("/opportunities(6f2a1c3e-0000-4000-8000-000000000001)");

        Assert.That(reference.LogicalName, Is.EqualTo("opportunity"));
        Assert.That(reference.Id, Is.EqualTo(Guid.Parse("6f2a1c3e-0000-4000-8000-000000000001")));
    }

    [Test]
    public void Parse_AlternateKeyWithDoubledQuote_UnescapesTheValue()
    {
        var reference = ODataBind.Parse("/cen_enablementcontents(cen_externalid='O''Brien-1')");

        Assert.That(reference.LogicalName, Is.EqualTo("cen_enablementcontent"));
        Assert.That(reference.KeyAttributes["cen_externalid"], Is.EqualTo("O'Brien-1"));
    }

    [TestCase("opportunities")]
    [TestCase("/opportunities(12)")]
    [TestCase("/opportunities(cen_externalid=unquoted)")]
    [TestCase("/widgets(6f2a1c3e-0000-4000-8000-000000000001)")]
    public void Parse_NotAReferenceToAKnownTable_Throws(string text)
    {
        Assert.Throws<WebApiRequestException>(() => ODataBind.Parse(text));
    }
}
