using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>One deal of the opportunities file as rows: the opportunity and what hangs off it.</summary>
/// <param name="FileId">The deal's id in the file (e.g. OPP-1001).</param>
/// <param name="Opportunity">The opportunity row, with its id set, to create through the pipeline.</param>
/// <param name="Related">Rows seeded before the opportunity is created: contacts, connections and dismissed suggestions.</param>
internal sealed record SandboxDeal(string FileId, Entity Opportunity, IReadOnlyList<Entity> Related)
{
    /// <summary>The opportunity's row id.</summary>
    public Guid Id => Opportunity.Id;
}
