using System.Collections.Generic;

namespace CrmEnablement.Cli.Reports;

/// <summary>The drift findings of a coverage report as sentences, shared by the console and the HTML.</summary>
internal static class CoverageText
{
    public static IEnumerable<string> DriftLines(CoverageReport report)
    {
        foreach (var (facet, labels) in report.UnusedTags)
        {
            yield return CliMessages.UnusedTags(facet, labels);
        }

        if (report.CheckedEnvironment)
        {
            yield return report.UnmappedIndustries.Count == 0 ? CliMessages.AllIndustriesMapped : CliMessages.UnmappedIndustries(report.UnmappedIndustries);
            yield return report.UnmappedStages.Count == 0 ? CliMessages.AllStagesMapped : CliMessages.UnmappedStages(report.UnmappedStages);
        }
    }
}
