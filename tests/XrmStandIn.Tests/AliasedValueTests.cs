using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests;

public class AliasedValueTests
{
    [Test]
    public void Constructor_TakesTableThenColumn()
    {
        var value = new AliasedValue("account", "name", "Contoso");

        Assert.Multiple(() =>
        {
            Assert.That(value.EntityLogicalName, Is.EqualTo("account"));
            Assert.That(value.AttributeLogicalName, Is.EqualTo("name"));
            Assert.That(value.Value, Is.EqualTo("Contoso"));
        });
    }

    [Test]
    public void Properties_HaveNoPublicSetters()
    {
        foreach (var property in typeof(AliasedValue).GetProperties())
        {
            if (property.Name != nameof(AliasedValue.ExtensionData))
            {
                Assert.That(property.SetMethod?.IsPublic ?? false, Is.False, property.Name);
            }
        }
    }
}
