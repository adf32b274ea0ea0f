using System;
using LocalOrg.Pipeline;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Messages;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Execution;

/// <summary>
/// IOrganizationService for one user in one scope. Every method is one counted call that runs its
/// message through the pipeline; nothing the caller passes in or gets back is shared with the store.
/// </summary>
internal sealed class OrganizationService : IOrganizationService
{
    private readonly OrganizationCore _core;
    private readonly ExecutionScope _scope;

    internal OrganizationService(OrganizationCore core, ExecutionScope scope)
    {
        _core = core;
        _scope = scope;
    }

    public Guid Create(Entity entity) =>
        (Guid)Execute(new CreateRequest { Target = entity }).Results["id"];

    public Entity Retrieve(string entityName, Guid id, ColumnSet columnSet) =>
        (Entity)Execute(new RetrieveRequest { Target = new EntityReference(entityName, id), ColumnSet = columnSet }).Results["Entity"];

    public void Update(Entity entity) => Execute(new UpdateRequest { Target = entity });

    public void Delete(string entityName, Guid id) =>
        Execute(new DeleteRequest { Target = new EntityReference(entityName, id) });

    public OrganizationResponse Execute(OrganizationRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return _core.Operations.Execute(request, _scope);
    }

    public void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(Association(MessageNames.Associate, entityName, entityId, relationship, relatedEntities));

    public void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities) =>
        Execute(Association(MessageNames.Disassociate, entityName, entityId, relationship, relatedEntities));

    public EntityCollection RetrieveMultiple(QueryBase query) =>
        (EntityCollection)Execute(new RetrieveMultipleRequest { Query = query }).Results["EntityCollection"];

    /// <summary>The stand-in has no DisassociateRequest, so both are built by name with the real parameter names.</summary>
    private static OrganizationRequest Association(string message, string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection related) =>
        new(message)
        {
            ["Target"] = new EntityReference(entityName, entityId),
            ["Relationship"] = relationship,
            ["RelatedEntities"] = related,
        };
}
