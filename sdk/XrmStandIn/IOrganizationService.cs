using System;
using Microsoft.Xrm.Sdk.Query;

namespace Microsoft.Xrm.Sdk;

/// <summary>The organization service: the eight data operations of Dataverse.</summary>
/// <remarks>The real interface also carries WCF contract attributes (ServiceContract,
/// OperationContract, FaultContract); they are not part of what callers compile against and
/// System.ServiceModel is not in .NET 10, so they are left out.</remarks>
public interface IOrganizationService
{
    /// <summary>Creates a row and returns its id.</summary>
    Guid Create(Entity entity);

    /// <summary>Reads one row with the given columns.</summary>
    Entity Retrieve(string entityName, Guid id, ColumnSet columnSet);

    /// <summary>Updates the columns present in <paramref name="entity"/>.</summary>
    void Update(Entity entity);

    /// <summary>Deletes one row.</summary>
    void Delete(string entityName, Guid id);

    /// <summary>Runs any message.</summary>
    OrganizationResponse Execute(OrganizationRequest request);

    /// <summary>Links rows through a relationship.</summary>
    void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

    /// <summary>Unlinks rows from a relationship.</summary>
    void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities);

    /// <summary>Runs a query and returns one page of rows.</summary>
    EntityCollection RetrieveMultiple(QueryBase query);
}
