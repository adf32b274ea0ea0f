using System;
using System.Collections.Generic;
using System.Linq;
using LocalOrg.Diagnostics;
using LocalOrg.Execution;
using LocalOrg.Faults;
using LocalOrg.Pipeline;
using LocalOrg.Relationships;
using LocalOrg.Security;
using LocalOrg.Storage;
using LocalOrg.Values;
using Microsoft.Xrm.Sdk;

namespace LocalOrg;

/// <summary>
/// An in-memory Dataverse organization: schemaless tables, alternate keys, relationships, users and
/// security roles, a plugin pipeline and Custom APIs, behind real <see cref="IOrganizationService"/>
/// instances; plus what tests read: service calls, rows written, plugin executions, traces and system jobs.
/// </summary>
public sealed class LocalOrganization
{
    private const string AdministratorName = "System Administrator";
    private const string SystemName = "SYSTEM";

    private readonly OrganizationCore _core;
    private readonly IOrganizationService _service;

    /// <summary>Creates an organization with the default (deterministic) options.</summary>
    public LocalOrganization()
        : this(new LocalOrganizationOptions())
    {
    }

    /// <summary>Creates an organization.</summary>
    /// <param name="options">Clock, id generator, async mode, name.</param>
    public LocalOrganization(LocalOrganizationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _core = new OrganizationCore(options);
        AddPrincipal(_core.AdministratorId, AdministratorName, isAdministrator: true, Array.Empty<SecurityRole>());
        AddPrincipal(_core.SystemUserId, SystemName, isAdministrator: true, Array.Empty<SecurityRole>());
        _service = CreateService(_core.AdministratorId);
    }

    /// <summary>Gets the organization id (the context's OrganizationId).</summary>
    public Guid OrganizationId => _core.OrganizationId;

    /// <summary>Gets the organization name (the context's OrganizationName).</summary>
    public string OrganizationName => _core.OrganizationName;

    /// <summary>Gets the id of the single business unit (the context's BusinessUnitId).</summary>
    public Guid BusinessUnitId => _core.BusinessUnitId;

    /// <summary>Gets the built-in administrator: every privilege at Organization depth; <see cref="Service"/> acts as this user.</summary>
    public Guid AdministratorId => _core.AdministratorId;

    /// <summary>Gets the built-in SYSTEM user, whom a plugin gets from CreateOrganizationService(null).</summary>
    public Guid SystemUserId => _core.SystemUserId;

    /// <summary>Gets a service acting as <see cref="AdministratorId"/>, as a caller outside the organization (Depth 1 calls).</summary>
    public IOrganizationService Service => _service;

    /// <summary>Gets every organization-service call, resettable.</summary>
    public ServiceCallCounter Calls => _core.Calls;

    /// <summary>Gets the rows written by messages, resettable.</summary>
    public WriteCounter Writes => _core.Writes;

    /// <summary>Gets every plugin run, oldest first, with its trace and its own service calls.</summary>
    public IReadOnlyList<PluginExecution> Executions => _core.Executions;

    /// <summary>Gets every trace line of every plugin run, with the step name.</summary>
    public IReadOnlyList<TraceLine> TraceLog => _core.TraceLog;

    /// <summary>Gets the system jobs of asynchronous steps, oldest first.</summary>
    public IReadOnlyList<SystemJob> SystemJobs => _core.Async.Jobs;

    /// <summary>Gets the users, the built-in ones included.</summary>
    public IReadOnlyCollection<LocalUser> Users => _core.Access.Users;

    /// <summary>A service acting as a user, as a caller outside the organization.</summary>
    /// <param name="userId">A user added with <see cref="AddUser"/> (or a built-in one).</param>
    /// <returns>The service.</returns>
    public IOrganizationService CreateService(Guid userId)
    {
        _core.Access.User(userId);
        return new OrganizationService(_core, ExecutionScope.External(userId));
    }

    /// <summary>Adds a user with security roles; also a systemuser row with its fullname.</summary>
    /// <param name="name">The full name.</param>
    /// <param name="roles">The user's roles; none means no privilege at all.</param>
    /// <returns>The new user's id.</returns>
    public Guid AddUser(string name, params SecurityRole[] roles) => AddPrincipal(_core.NewSystemId(), name, isAdministrator: false, roles);

    /// <summary>Adds a user with every privilege at Organization depth (a System Administrator).</summary>
    /// <param name="name">The full name.</param>
    /// <returns>The new user's id.</returns>
    public Guid AddAdministrator(string name) => AddPrincipal(_core.NewSystemId(), name, isAdministrator: true, Array.Empty<SecurityRole>());

    /// <summary>Defines an alternate key; enforced from then on, and usable by Upsert and key-addressed requests.</summary>
    /// <param name="table">The table's logical name.</param>
    /// <param name="keyName">The key's name (named in the duplicate fault).</param>
    /// <param name="columns">The key's columns.</param>
    /// <exception cref="InvalidOperationException">The key exists, or existing rows already break it.</exception>
    public void DefineAlternateKey(string table, string keyName, params string[] columns)
    {
        if (columns is null || columns.Length == 0)
        {
            throw new ArgumentException("An alternate key needs at least one column.", nameof(columns));
        }

        lock (_core.Sync)
        {
            _core.Keys.Define(table, keyName, columns);
        }
    }

    /// <summary>Defines an N:N relationship whose intersect rows hold <c>{firstTable}id</c> and <c>{secondTable}id</c>.</summary>
    /// <param name="schemaName">The relationship's schema name (what Associate names).</param>
    /// <param name="firstTable">One table.</param>
    /// <param name="secondTable">The other table (not the same one: self-referencing N:N is not supported).</param>
    /// <param name="intersectTable">The intersect table's logical name.</param>
    public void DefineManyToMany(string schemaName, string firstTable, string secondTable, string intersectTable) =>
        _core.Relationships.Add(new RelationshipDefinition(schemaName, firstTable, secondTable, intersectTable, null));

    /// <summary>Defines a 1:N relationship: Associate sets <paramref name="lookupColumn"/> on the referencing rows.</summary>
    /// <param name="schemaName">The relationship's schema name.</param>
    /// <param name="referencedTable">The "one" side.</param>
    /// <param name="referencingTable">The "many" side.</param>
    /// <param name="lookupColumn">The lookup on the referencing table.</param>
    public void DefineOneToMany(string schemaName, string referencedTable, string referencingTable, string lookupColumn) =>
        _core.Relationships.Add(new RelationshipDefinition(schemaName, referencedTable, referencingTable, null, lookupColumn));

    /// <summary>Registers a plugin step; the registration is checked against the platform's rules now.</summary>
    /// <param name="step">The registration.</param>
    /// <returns>The step's id (the context's OwningExtension).</returns>
    /// <exception cref="ArgumentException">The registration breaks a rule (async outside PostOperation, a pre-image on Create…); the message says which.</exception>
    public Guid RegisterStep(StepRegistration step)
    {
        ArgumentNullException.ThrowIfNull(step);
        lock (_core.Sync)
        {
            return _core.Steps.Register(step, _core.NewSystemId(), _core.Access.Exists).Id;
        }
    }

    /// <summary>Registers a Custom API: its name becomes a message that Execute runs, its plugin as the main operation.</summary>
    /// <param name="api">The registration.</param>
    /// <exception cref="ArgumentException">The name is taken by a message or another API.</exception>
    public void RegisterCustomApi(CustomApiRegistration api)
    {
        ArgumentNullException.ThrowIfNull(api);
        lock (_core.Sync)
        {
            if (string.IsNullOrWhiteSpace(api.UniqueName) || _core.Handlers.Has(api.UniqueName))
            {
                throw new ArgumentException(string.Format(System.Globalization.CultureInfo.InvariantCulture, FaultMessages.CustomApiAlreadyRegistered, api.UniqueName), nameof(api));
            }

            _core.Handlers.AddCustomApi(api);
        }
    }

    /// <summary>
    /// Puts rows in place without any message: no plugins, no security, not counted as writes. Missing
    /// ids come from the id generator; owner defaults to the administrator; createdon/modifiedon to the
    /// clock; statecode/statuscode to 0/1. Alternate keys are enforced.
    /// </summary>
    /// <param name="rows">The rows (copied).</param>
    /// <returns>The rows' ids, in order.</returns>
    public IReadOnlyList<Guid> Seed(params Entity[] rows)
    {
        lock (_core.Sync)
        {
            return rows.Select(SeedOne).ToList();
        }
    }

    /// <summary>Copies of every row of a table in creation order, bypassing security: for assertions.</summary>
    /// <param name="table">The table's logical name.</param>
    /// <returns>The rows.</returns>
    public IReadOnlyList<Entity> Rows(string table)
    {
        lock (_core.Sync)
        {
            return _core.Store.Rows(table).Select(ValueCopier.CopyEntity).ToList();
        }
    }

    /// <summary>A copy of one row, bypassing security; null when there is none.</summary>
    /// <param name="table">The table's logical name.</param>
    /// <param name="id">The row's id.</param>
    /// <returns>The row or null.</returns>
    public Entity? Find(string table, Guid id)
    {
        lock (_core.Sync)
        {
            var row = _core.Store.Find(table, id);
            return row is null ? null : ValueCopier.CopyEntity(row);
        }
    }

    /// <summary>Gets the number of system jobs waiting for <see cref="DrainAsync"/>.</summary>
    public int PendingAsyncJobs => _core.Async.Waiting;

    /// <summary>
    /// Runs every waiting asynchronous job, and the jobs those queue, until none is left. Failures
    /// are recorded on <see cref="SystemJobs"/> and never thrown.
    /// </summary>
    /// <returns>How many jobs ran.</returns>
    public int DrainAsync() => _core.Operations.DrainAsync();

    /// <summary>Forgets plugin executions, trace lines and finished system jobs (not calls or writes: reset those on their counters).</summary>
    public void ClearHistory()
    {
        lock (_core.Sync)
        {
            _core.Executions.Clear();
            _core.TraceLog.Clear();
            _core.Async.ClearHistory();
        }
    }

    private Guid AddPrincipal(Guid id, string name, bool isAdministrator, SecurityRole[] roles)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            throw new ArgumentException("A user needs a name.", nameof(name));
        }

        lock (_core.Sync)
        {
            _core.Access.Add(new LocalUser(id, name, isAdministrator, roles.ToList()));
            SeedOne(new Entity(RowColumns.SystemUserTable, id) { [RowColumns.FullName] = name });
            return id;
        }
    }

    private Guid SeedOne(Entity source)
    {
        var table = source.LogicalName;
        var idColumn = RowColumns.PrimaryIdOf(table);
        var id = source.Id != Guid.Empty ? source.Id
            : source.Attributes.TryGetValue(idColumn, out var given) && given is Guid givenId && givenId != Guid.Empty ? givenId
            : _core.Ids.NewId();
        var row = new Entity(table, id);
        foreach (var attribute in source.Attributes.Where(a => a.Value != null))
        {
            row[attribute.Key] = ValueCopier.Copy(attribute.Value);
        }

        var now = _core.Clock.UtcNow;
        row[idColumn] = id;
        foreach (var (column, value) in new (string, object)[]
        {
            (RowColumns.CreatedOn, now),
            (RowColumns.ModifiedOn, now),
            (RowColumns.OwnerId, new EntityReference(RowColumns.SystemUserTable, _core.AdministratorId)),
            (RowColumns.StateCode, new OptionSetValue(0)),
            (RowColumns.StatusCode, new OptionSetValue(1)),
        })
        {
            if (!row.Attributes.ContainsKey(column))
            {
                row[column] = value;
            }
        }

        _core.Keys.EnsureUnique(row);
        _core.Store.Insert(row, counted: false);
        return id;
    }
}
