using System;
using System.Collections.Generic;
using CrmEnablement.Cli.Dataverse;

namespace CrmEnablement.Cli.Reports;

/// <summary>
/// Published, in-date content counted per journey phase × industry × buyer role (an item with no
/// tags for a facet counts toward every cell of that facet), the empty cells, and vocabulary drift.
/// </summary>
internal sealed class CoverageReport
{
    /// <summary>The day content was checked against (publication and expiry).</summary>
    public DateTime AsOf { get; init; }

    /// <summary>Items that are Published and in date on <see cref="AsOf"/>.</summary>
    public int ItemsCounted { get; init; }

    /// <summary>Items in the catalogue, whatever their status.</summary>
    public int ItemsTotal { get; init; }

    public IReadOnlyList<string> Phases { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> Industries { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> Roles { get; init; } = Array.Empty<string>();

    /// <summary>Counts by [phase, industry, role] position.</summary>
    public int[,,] Counts { get; init; } = new int[0, 0, 0];

    /// <summary>Labels no item uses, by facet name ("industry", "buyer role", …), in vocabulary order.</summary>
    public IReadOnlyList<(string Facet, IReadOnlyList<string> Labels)> UnusedTags { get; init; } = Array.Empty<(string, IReadOnlyList<string>)>();

    /// <summary>The environment's account industry options whose value industryCodeMap lacks (only against an environment).</summary>
    public IReadOnlyList<ChoiceOption> UnmappedIndustries { get; init; } = Array.Empty<ChoiceOption>();

    /// <summary>The environment's opportunity sales stage options whose value reaches no phase (not 0–3, or not in the stage → phase map).</summary>
    public IReadOnlyList<ChoiceOption> UnmappedStages { get; init; } = Array.Empty<ChoiceOption>();

    /// <summary>True when drift was checked against an environment.</summary>
    public bool CheckedEnvironment { get; init; }

    /// <summary>The count of one cell.</summary>
    public int Count(int phase, int industry, int role) => Counts[phase, industry, role];

    /// <summary>Every empty cell, phase by phase, in vocabulary order.</summary>
    public IEnumerable<(string Phase, string Industry, string Role)> Gaps()
    {
        for (var p = 0; p < Phases.Count; p++)
        {
            for (var i = 0; i < Industries.Count; i++)
            {
                for (var r = 0; r < Roles.Count; r++)
                {
                    if (Counts[p, i, r] == 0)
                    {
                        yield return (Phases[p], Industries[i], Roles[r]);
                    }
                }
            }
        }
    }
}
