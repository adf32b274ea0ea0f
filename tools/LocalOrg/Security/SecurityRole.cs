using System;
using System.Collections.Generic;

namespace LocalOrg.Security;

/// <summary>
/// A security role: per table, the depth at which each privilege is granted. A user's depth for a
/// privilege is the deepest any of their roles grants; anything not granted is <see cref="PrivilegeDepth.None"/>.
/// </summary>
public sealed class SecurityRole
{
    private readonly Dictionary<(string Table, Privilege Privilege), PrivilegeDepth> _grants = new();

    /// <summary>Creates a role that grants nothing yet.</summary>
    /// <param name="name">The role's name, for messages.</param>
    public SecurityRole(string name)
    {
        Name = string.IsNullOrWhiteSpace(name) ? throw new ArgumentException("A role needs a name.", nameof(name)) : name;
    }

    /// <summary>Gets the role's name.</summary>
    public string Name { get; }

    /// <summary>Grants privileges on a table at a depth (replacing what this role granted before for them).</summary>
    /// <param name="table">The table's logical name.</param>
    /// <param name="depth">How far the privileges reach.</param>
    /// <param name="privileges">The privileges granted.</param>
    /// <returns>This role, to chain grants.</returns>
    public SecurityRole Grant(string table, PrivilegeDepth depth, params Privilege[] privileges)
    {
        foreach (var privilege in privileges)
        {
            _grants[(table.ToLowerInvariant(), privilege)] = depth;
        }

        return this;
    }

    /// <summary>Grants all six privileges on a table at a depth.</summary>
    /// <param name="table">The table's logical name.</param>
    /// <param name="depth">How far the privileges reach.</param>
    /// <returns>This role, to chain grants.</returns>
    public SecurityRole GrantAll(string table, PrivilegeDepth depth) =>
        Grant(table, depth, Privilege.Create, Privilege.Read, Privilege.Write, Privilege.Delete, Privilege.Append, Privilege.AppendTo);

    /// <summary>The depth this role grants a privilege on a table.</summary>
    /// <param name="table">The table's logical name.</param>
    /// <param name="privilege">The privilege.</param>
    /// <returns>The depth, <see cref="PrivilegeDepth.None"/> when not granted.</returns>
    public PrivilegeDepth DepthOf(string table, Privilege privilege) =>
        _grants.TryGetValue((table.ToLowerInvariant(), privilege), out var depth) ? depth : PrivilegeDepth.None;
}
