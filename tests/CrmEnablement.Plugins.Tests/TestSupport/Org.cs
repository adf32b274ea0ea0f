using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.LocalSolution;
using LocalOrg;
using LocalOrg.Time;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.TestSupport;

/// <summary>
/// A LocalOrg organization with the solution installed (<see cref="LocalSolutionInstaller"/>) and a
/// rep with the Enablement User role.
/// </summary>
internal sealed class Org
{
    /// <summary>The day every scenario happens on.</summary>
    public static readonly DateTime Now = new(2026, 11, 26, 9, 30, 0, DateTimeKind.Utc);

    public Org()
    {
        Clock = new ManualClock(Now);
        Local = new LocalOrganization(new LocalOrganizationOptions { Clock = Clock, OrganizationId = Guid.NewGuid() });
        Installed = LocalSolutionInstaller.Install(Local);
        RepId = Local.AddUser("Riley Rep", EnablementUserRole.Create());
    }

    public ManualClock Clock { get; }
    public LocalOrganization Local { get; }
    public InstalledSolution Installed { get; }
    public Guid VersionDefinition => Installed.CatalogVersionDefinitionId;
    /// <summary>A rep who reads all content (Enablement User).</summary>
    public Guid RepId { get; }
    public IOrganizationService Admin => Local.Service;
    public IOrganizationService Rep => Local.CreateService(RepId);

    public Guid Seed(Entity row) => Local.Seed(row).Single();

    /// <summary>Sets the settings environment variable's current value.</summary>
    public void SetSettings(string json) => LocalSolutionInstaller.SetSettings(Local, Installed, json);

    /// <summary>The rows of <paramref name="table"/> that belong to <paramref name="opportunityId"/>.</summary>
    public IReadOnlyList<Entity> RowsOf(string table, string lookup, Guid opportunityId) =>
        Local.Rows(table).Where(row => row.GetAttributeValue<EntityReference>(lookup)?.Id == opportunityId).ToList();
}
