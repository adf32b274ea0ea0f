using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;

namespace XrmStandIn.Tests.Messages;

/// <summary>Typed responses only read Results: a test double fills Results, never the properties.</summary>
public class ResponsePropertiesTests
{
    [Test]
    public void TypedResponses_DeclareOnlyGetOnlyProperties()
    {
        var settable = typeof(CreateResponse).Assembly.GetExportedTypes()
            .Where(t => t.Namespace == typeof(CreateResponse).Namespace && typeof(OrganizationResponse).IsAssignableFrom(t))
            .SelectMany(t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly))
            .Where(p => p.SetMethod != null)
            .Select(p => p.DeclaringType!.Name + "." + p.Name);

        Assert.That(settable, Is.Empty);
    }
}
