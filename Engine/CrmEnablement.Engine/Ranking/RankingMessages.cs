using System.Collections.Generic;
using System.Globalization;

namespace CrmEnablement.Engine.Ranking;

/// <summary>Every warning and reason text the ranker writes, in one place so tests and tools agree.</summary>
public static class RankingMessages
{
    public const string NoIndustry = "No industry is set on the deal; only industry-generic content is suggested.";
    public const string NoKnownRoles = "No known buyer roles on the deal; role-tagged content is suggested without a role bonus. Add stakeholders with roles for sharper suggestions.";
    public const string Lost = "The deal is lost; nothing is suggested.";
    public const string PinnedValue = "pinned";
    public const string PinnedText = "Pinned by enablement";

    public static string UnknownIndustry(string label, string closest) =>
        $"Industry '{label}' is not in the industry vocabulary (closest: {closest}); only industry-generic content is suggested.";

    public static string UnknownRole(string label, string closest) =>
        $"Buyer role '{label}' is not in the buyer role vocabulary (closest: {closest}); it is ignored.";

    public static string UnknownChallenge(string label, string closest) =>
        $"Challenge '{label}' is not in the customer challenge vocabulary (closest: {closest}); it is ignored.";

    public static string UnknownStage(string label, string closest) =>
        $"Sales stage '{label}' is not in the sales stage vocabulary (closest: {closest}); stage-tagged content is not suggested.";

    public static string UnknownPhase(string label, string closest) =>
        $"Phase '{label}' is not a journey phase (closest: {closest}); the phase comes from the deal's status and stage instead.";

    public static string StageNotMapped(string stage, string assumed) =>
        $"Sales stage '{stage}' has no journey phase in the settings' stagePhaseMap; assuming {assumed}.";

    public static string UnknownStagePhase(string stage, string assumed) =>
        $"Sales stage '{stage}' is unknown, so it gives no journey phase; assuming {assumed}.";

    public static string NoPhase(string assumed) =>
        $"The deal has no phase, is not won and has no sales stage; assuming {assumed}.";

    public static string IndustryText(string label) => $"Tailored to {label}";

    public static string RoleText(string label, IReadOnlyList<string> people) =>
        people.Count == 0 ? $"For the {label}" : $"For the {label}: {string.Join(", ", people)}";

    public static string PhaseText(string label) => $"Made for the {label} phase";

    public static string StageText(string label) => $"Made for the {label} stage";

    public static string ChallengeText(string label) => $"Addresses the customer's {label} challenge";

    public static string FeedbackValue(int helpful, int notHelpful) =>
        string.Format(CultureInfo.InvariantCulture, "{0} helpful, {1} not helpful", helpful, notHelpful);

    public static string FeedbackText(int helpful, int notHelpful) =>
        string.Format(CultureInfo.InvariantCulture, "Reps rated it {0} helpful, {1} not helpful", helpful, notHelpful);

    public static string FreshnessText(string date) => $"New: published {date}";

    public static string TrainingText(string title) => $"Refresher for \"{title}\"";
}
