using System;
using System.Collections.Generic;
using System.Linq;
using LocalOrg.Faults;
using LocalOrg.Storage;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Security;

/// <summary>
/// Privilege and access checks, as the platform makes them: first "does any role grant the
/// privilege on the table" (PrivilegeDenied), then "does its depth reach this row" (the access check).
/// </summary>
internal sealed class AccessChecker
{
    private readonly Dictionary<Guid, LocalUser> _users = new();
    private readonly FaultFactory _faults;

    internal AccessChecker(FaultFactory faults)
    {
        _faults = faults;
    }

    internal IReadOnlyCollection<LocalUser> Users => _users.Values;

    internal void Add(LocalUser user) => _users.Add(user.Id, user);

    internal bool Exists(Guid userId) => _users.ContainsKey(userId);

    internal LocalUser User(Guid userId) =>
        _users.TryGetValue(userId, out var user) ? user : throw new ArgumentException(string.Format(System.Globalization.CultureInfo.InvariantCulture, FaultMessages.UnknownUser, userId), nameof(userId));

    internal PrivilegeDepth DepthOf(Guid userId, string table, Privilege privilege)
    {
        var user = User(userId);
        if (user.IsAdministrator)
        {
            return PrivilegeDepth.Organization;
        }

        return user.Roles.Select(r => r.DepthOf(table, privilege)).DefaultIfEmpty(PrivilegeDepth.None).Max();
    }

    /// <summary>True when the user's depth for the privilege reaches <paramref name="row"/>.</summary>
    internal bool CanAccess(Guid userId, Entity row, Privilege privilege) =>
        Reaches(DepthOf(userId, row.LogicalName, privilege), userId, row);

    /// <summary>Throws PrivilegeDenied when no role grants the privilege on the table at all.</summary>
    internal void Demand(Guid userId, string table, Privilege privilege)
    {
        if (DepthOf(userId, table, privilege) == PrivilegeDepth.None)
        {
            throw _faults.Create(ErrorCodes.PrivilegeDenied, FaultMessages.PrivilegeDenied, userId, privilege, table);
        }
    }

    /// <summary>Throws PrivilegeDenied or the access-check fault unless the user may do this to <paramref name="row"/>.</summary>
    internal void DemandRow(Guid userId, Entity row, Privilege privilege)
    {
        Demand(userId, row.LogicalName, privilege);
        if (!CanAccess(userId, row, privilege))
        {
            throw _faults.Create(ErrorCodes.AccessCheckFailed, FaultMessages.AccessCheckFailed, userId, privilege, row.Id, row.LogicalName);
        }
    }

    /// <summary>A Create at User depth may only make rows the user will own.</summary>
    internal void DemandCreate(Guid userId, Entity row)
    {
        Demand(userId, row.LogicalName, Privilege.Create);
        if (!CanAccess(userId, row, Privilege.Create))
        {
            throw _faults.Create(ErrorCodes.AccessCheckFailed, FaultMessages.AccessCheckFailed, userId, Privilege.Create, row.Id, row.LogicalName);
        }
    }

    private static bool Reaches(PrivilegeDepth depth, Guid userId, Entity row) => depth switch
    {
        PrivilegeDepth.Organization => true,
        PrivilegeDepth.User => row.GetAttributeValue<EntityReference>(RowColumns.OwnerId)?.Id == userId,
        _ => false,
    };
}
