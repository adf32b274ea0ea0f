using System;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.TestSupport;

/// <summary>An organization-service factory that cannot make a service, as when the user is disabled.</summary>
internal sealed class RefusingServiceFactory : IOrganizationServiceFactory
{
    public const string Reason = "The user is disabled.";

    public IOrganizationService CreateOrganizationService(Guid? userId) => throw new InvalidOperationException(Reason);
}
