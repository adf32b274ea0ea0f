using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CrmEnablement.Cli.Dataverse;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Cli;

/// <summary><c>cen coverage --url</c>'s drift findings: choice values the plugins cannot map, and how to map them.</summary>
public static partial class CliMessages
{
    public const string AllIndustriesMapped = "Every account industry value of the environment has an entry in industryCodeMap.";

    internal static string UnmappedIndustries(IEnumerable<ChoiceOption> options) =>
        $"The environment's account industry values with no entry in industryCodeMap (deals there get only industry-generic content): {string.Join(", ", options.Select(Option))}. " +
        "Add each value to industryCodeMap, mapped to an industry label, in the cen_SuggestionSettings environment variable (and in the --settings file you give cen).";

    public const string AllStagesMapped = "Every opportunity sales stage value of the environment reaches a journey phase through stagePhaseMap.";

    internal static string UnmappedStages(IEnumerable<ChoiceOption> options) =>
        $"The environment's opportunity sales stage values that reach no journey phase (deals there are put in the first phase unless a phase is set on them): {string.Join(", ", options.Select(StageOption))}. " +
        "The plugins read the values 0–3 as Qualify, Develop, Propose and Close and look those up in stagePhaseMap in the cen_SuggestionSettings environment variable (and in the --settings file you give cen); " +
        "any other value has no sales stage unless the deal's business process stage is named after one.";

    private static string StageOption(ChoiceOption option) => SalesStageValues.Label(option.Value) is { } stage
        ? $"{Option(option)} (read as {stage}, which stagePhaseMap lacks: add it)"
        : $"{Option(option)} (not one of the values 0–3)";

    private static string Option(ChoiceOption option)
    {
        var value = option.Value.ToString(CultureInfo.InvariantCulture);
        return option.Label.Length == 0 ? value : $"{value} '{option.Label}'";
    }
}
