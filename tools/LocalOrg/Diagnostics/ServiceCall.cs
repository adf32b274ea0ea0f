using System;

namespace LocalOrg.Diagnostics;

/// <summary>One organization-service call (one IOrganizationService method, or one Execute).</summary>
/// <param name="MessageName">The message: Create, Retrieve, RetrieveMultiple, or a request name.</param>
/// <param name="PrimaryEntityName">The table it addressed, or "none".</param>
/// <param name="UserId">The user the service acted as.</param>
/// <param name="Depth">The Depth of the operation the call started (1 for a call from outside the organization).</param>
/// <param name="StepName">The step (or Custom API) whose plugin made the call; null for a call from outside.</param>
public sealed record ServiceCall(string MessageName, string PrimaryEntityName, Guid UserId, int Depth, string? StepName);
