using System.Collections.Generic;

namespace XrmStandIn.Tests.Surface;

public static partial class ExpectedSurface
{
    // Reference §2.1–2.6.
    private static IEnumerable<TypeShape> Interfaces() =>
    [
        new(Sdk + "IPlugin", "public interface IPlugin",
            "void Execute(IServiceProvider serviceProvider)"),
        new(Sdk + "IExecutionContext", "public interface IExecutionContext",
            "Guid BusinessUnitId { get; }",
            "Guid CorrelationId { get; }",
            "int Depth { get; }",
            "Guid InitiatingUserId { get; }",
            "ParameterCollection InputParameters { get; }",
            "bool IsExecutingOffline { get; }",
            "bool IsInTransaction { get; }",
            "bool IsOfflinePlayback { get; }",
            "int IsolationMode { get; }",
            "string MessageName { get; }",
            "int Mode { get; }",
            "DateTime OperationCreatedOn { get; }",
            "Guid OperationId { get; }",
            "Guid OrganizationId { get; }",
            "string OrganizationName { get; }",
            "ParameterCollection OutputParameters { get; }",
            "EntityReference OwningExtension { get; }",
            "EntityImageCollection PostEntityImages { get; }",
            "EntityImageCollection PreEntityImages { get; }",
            "Guid PrimaryEntityId { get; }",
            "string PrimaryEntityName { get; }",
            "Guid? RequestId { get; }",
            "string SecondaryEntityName { get; }",
            "ParameterCollection SharedVariables { get; }",
            "Guid UserId { get; }"),
        new(Sdk + "IPluginExecutionContext", "public interface IPluginExecutionContext : IExecutionContext",
            "int Stage { get; }",
            "IPluginExecutionContext ParentContext { get; }"),
        new(Sdk + "IOrganizationService", "public interface IOrganizationService",
            "Guid Create(Entity entity)",
            "Entity Retrieve(string entityName, Guid id, ColumnSet columnSet)",
            "void Update(Entity entity)",
            "void Delete(string entityName, Guid id)",
            "OrganizationResponse Execute(OrganizationRequest request)",
            "void Associate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)",
            "void Disassociate(string entityName, Guid entityId, Relationship relationship, EntityReferenceCollection relatedEntities)",
            "EntityCollection RetrieveMultiple(QueryBase query)"),
        new(Sdk + "IOrganizationServiceFactory", "public interface IOrganizationServiceFactory",
            "IOrganizationService CreateOrganizationService(Guid? userId)"),
        new(Sdk + "ITracingService", "public interface ITracingService",
            "void Trace(string format, params object[] args)"),
    ];
}
