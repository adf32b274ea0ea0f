using System;
using System.Collections.Generic;
using System.Linq;
using LocalOrg.Faults;
using LocalOrg.Pipeline;
using LocalOrg.Storage;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Execution;

/// <summary>Reads and copies request parameters, with the platform's faults for missing ones.</summary>
internal static class RequestReader
{
    internal const string Target = "Target";

    /// <summary>A copy of the request as the service would receive it over the wire: same name and id, deep-copied parameters.</summary>
    internal static OrganizationRequest Copy(OrganizationRequest request)
    {
        var copy = new OrganizationRequest(request.RequestName) { RequestId = request.RequestId };
        copy.Parameters.AddRange(request.Parameters.Select(p => new KeyValuePair<string, object>(p.Key, ValueCopier.Copy(p.Value)!)));
        return copy;
    }

    /// <summary>The table a request addresses, for the call log (before the handler has looked at it).</summary>
    internal static string PeekTable(OrganizationRequest request)
    {
        foreach (var value in request.Parameters.Values)
        {
            switch (value)
            {
                case Entity entity:
                    return entity.LogicalName;
                case EntityReference reference:
                    return reference.LogicalName;
                case QueryExpression query:
                    return query.EntityName;
                case QueryByAttribute query:
                    return query.EntityName;
            }
        }

        return MessageNames.NoTable;
    }

    internal static T Require<T>(Operation op, string name, FaultFactory faults)
        where T : class =>
        op.InputParameters.TryGetValue(name, out var value) && value is T typed
            ? typed
            : throw faults.Create(ErrorCodes.InvalidArgument, FaultMessages.MissingParameter, name, op.MessageName);

    /// <summary>
    /// The id a target names: its id, else its primary-id column, else the row its key attributes
    /// find (missing row: not-found fault). No id and no keys is a fault.
    /// </summary>
    internal static Guid ResolveId(string table, Guid id, AttributeCollection? attributes, KeyAttributeCollection keys, OrganizationCore core)
    {
        if (id != Guid.Empty)
        {
            return id;
        }

        if (attributes != null && attributes.TryGetValue(RowColumns.PrimaryIdOf(table), out var column) && column is Guid columnId && columnId != Guid.Empty)
        {
            return columnId;
        }

        return keys.Count > 0
            ? core.Keys.Resolve(table, keys)
            : throw core.Faults.Create(ErrorCodes.InvalidArgument, FaultMessages.MissingTarget, table);
    }

    /// <summary>The stored row, or the platform's "… With Id = … Does Not Exist" fault.</summary>
    internal static Entity Existing(string table, Guid id, OrganizationCore core) =>
        core.Store.Find(table, id) ?? throw core.Faults.Create(ErrorCodes.ObjectDoesNotExist, FaultMessages.RecordNotFound, table, id);
}
