using System;
using System.Collections.Generic;
using LocalOrg.Diagnostics;
using LocalOrg.Execution;
using LocalOrg.Faults;
using LocalOrg.Ids;
using LocalOrg.Pipeline;
using LocalOrg.Query;
using LocalOrg.Relationships;
using LocalOrg.Security;
using LocalOrg.Storage;
using LocalOrg.Time;

namespace LocalOrg;

/// <summary>
/// Everything one organization holds, shared by its services, pipeline and handlers. Nothing here
/// is static, so organizations never see each other and tests can run them in parallel.
/// </summary>
internal sealed class OrganizationCore
{
    /// <summary>Seed of the ids LocalOrg makes for itself (users, operations, jobs, steps), so they never take row ids from <see cref="Ids"/>.</summary>
    private const uint SystemSeed = 0xFFFFFFFF;

    private readonly SequentialIdGenerator _systemIds = new(SystemSeed);

    internal OrganizationCore(LocalOrganizationOptions options)
    {
        Clock = options.Clock;
        Ids = options.IdGenerator;
        AsyncMode = options.AsyncMode;
        MaxDepth = options.MaxDepth;
        OrganizationName = options.OrganizationName;
        OrganizationId = options.OrganizationId ?? NewSystemId();
        BusinessUnitId = NewSystemId();
        Faults = new FaultFactory(Clock);
        Store = new RowStore(Journal, Writes);
        Keys = new KeyRegistry(Store, Faults);
        Access = new AccessChecker(Faults);
        Relationships = new RelationshipRegistry();
        Queries = new QueryEngine(Store, Access, Faults);
        Runner = new StepRunner(this);
        Contexts = new ContextFactory(this);
        Handlers = new MessageHandlers(this);
        Operations = new OperationRunner(this);
        AdministratorId = NewSystemId();
        SystemUserId = NewSystemId();
    }

    /// <summary>Gets the lock every call takes: plugins call back on the same thread, and the lock is re-entrant.</summary>
    internal object Sync { get; } = new();

    internal IClock Clock { get; }

    internal IIdGenerator Ids { get; }

    internal AsyncMode AsyncMode { get; }

    internal int MaxDepth { get; }

    internal string OrganizationName { get; }

    internal Guid OrganizationId { get; }

    internal Guid BusinessUnitId { get; }

    internal Guid AdministratorId { get; }

    internal Guid SystemUserId { get; }

    internal FaultFactory Faults { get; }

    internal Journal Journal { get; } = new();

    internal WriteCounter Writes { get; } = new();

    internal RowStore Store { get; }

    internal KeyRegistry Keys { get; }

    internal AccessChecker Access { get; }

    internal RelationshipRegistry Relationships { get; }

    internal StepRegistry Steps { get; } = new();

    internal ServiceCallCounter Calls { get; } = new();

    internal List<PluginExecution> Executions { get; } = new();

    internal List<TraceLine> TraceLog { get; } = new();

    internal AsyncQueue Async { get; } = new();

    internal QueryEngine Queries { get; }

    internal StepRunner Runner { get; }

    internal ContextFactory Contexts { get; }

    internal MessageHandlers Handlers { get; }

    internal OperationRunner Operations { get; }

    internal Guid NewSystemId() => _systemIds.NewId();
}
