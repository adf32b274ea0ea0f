using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Gives a plugin an organization service that runs as a chosen user.</summary>
public interface IOrganizationServiceFactory
{
    /// <summary>Creates a service for <paramref name="userId"/>: null runs as SYSTEM,
    /// <see cref="Guid.Empty"/> as the context's <see cref="IExecutionContext.UserId"/>.</summary>
    IOrganizationService CreateOrganizationService(Guid? userId);
}
