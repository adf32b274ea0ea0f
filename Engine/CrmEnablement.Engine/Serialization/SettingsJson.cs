using System;
using System.Collections.Generic;
using System.Linq;
using CrmEnablement.Engine.Json;
using CrmEnablement.Engine.Settings;

namespace CrmEnablement.Engine.Serialization;

/// <summary>
/// Reads settings JSON: <c>samples/settings.json</c>, <c>cen --settings</c> and the
/// <c>cen_SuggestionSettings</c> environment variable share this reader. Missing keys keep their
/// defaults; unknown keys are problems, so a misspelt weight never silently does nothing.
/// </summary>
public static class SettingsJson
{
    private static readonly string[] TopKeys =
    {
        "topK", "perKindCap", "internalCap", "weights", "feedbackPrior", "freshnessHalfLifeDays", "stagePhaseMap", "wonPhase", "industryCodeMap", "vocabularies",
    };

    private static readonly string[] WeightKeys = { "industry", "buyerRole", "phase", "salesStage", "challenge", "pinned", "feedback", "freshness" };

    /// <summary>Reads and validates settings; on any problem returns false and the defaults.</summary>
    /// <param name="json">The settings text.</param>
    /// <param name="settings">The settings read, or <see cref="EngineSettings.Default"/> when there are problems.</param>
    /// <param name="problems">Each problem naming its setting; a syntax error starts with "line N: not valid JSON".</param>
    public static bool TryRead(string json, out EngineSettings settings, out IReadOnlyList<string> problems)
    {
        var found = new List<string>();
        settings = EngineSettings.Default;
        JsonValue root;
        try
        {
            root = JsonParser.Parse(json);
        }
        catch (JsonSyntaxException error)
        {
            found.Add($"line {error.Line}: not valid JSON: {error.Message}.");
            problems = found;
            return false;
        }

        var read = Read(root, found);
        if (found.Count == 0)
        {
            found.AddRange(read.Validate());
        }

        problems = found;
        if (found.Count > 0)
        {
            return false;
        }

        settings = read;
        return true;
    }

    private static EngineSettings Read(JsonValue root, List<string> problems)
    {
        var settings = EngineSettings.Default;
        if (!Expect(root, "settings", JsonKind.Object, problems))
        {
            return settings;
        }

        CheckKeys(root, "", TopKeys, problems);
        settings = settings with
        {
            TopK = Int(root, "topK", settings.TopK, problems),
            PerKindCap = Int(root, "perKindCap", settings.PerKindCap, problems),
            InternalCap = Int(root, "internalCap", settings.InternalCap, problems),
            FreshnessHalfLifeDays = Number(root, "freshnessHalfLifeDays", "freshnessHalfLifeDays", settings.FreshnessHalfLifeDays, problems),
            WonPhase = Text(root, "wonPhase", settings.WonPhase, problems),
        };
        if (root.TryGet("weights", out var weights) && Expect(weights, "weights", JsonKind.Object, problems))
        {
            CheckKeys(weights, "weights.", WeightKeys, problems);
            var w = settings.Weights;
            settings = settings with
            {
                Weights = new ScoreWeights
                {
                    Industry = Number(weights, "industry", "weights.industry", w.Industry, problems),
                    BuyerRole = Number(weights, "buyerRole", "weights.buyerRole", w.BuyerRole, problems),
                    Phase = Number(weights, "phase", "weights.phase", w.Phase, problems),
                    SalesStage = Number(weights, "salesStage", "weights.salesStage", w.SalesStage, problems),
                    Challenge = Number(weights, "challenge", "weights.challenge", w.Challenge, problems),
                    Pinned = Number(weights, "pinned", "weights.pinned", w.Pinned, problems),
                    Feedback = Number(weights, "feedback", "weights.feedback", w.Feedback, problems),
                    Freshness = Number(weights, "freshness", "weights.freshness", w.Freshness, problems),
                },
            };
        }

        if (root.TryGet("feedbackPrior", out var prior) && Expect(prior, "feedbackPrior", JsonKind.Object, problems))
        {
            CheckKeys(prior, "feedbackPrior.", new[] { "helpful", "notHelpful" }, problems);
            settings = settings with
            {
                FeedbackPriorHelpful = Number(prior, "helpful", "feedbackPrior.helpful", settings.FeedbackPriorHelpful, problems),
                FeedbackPriorNotHelpful = Number(prior, "notHelpful", "feedbackPrior.notHelpful", settings.FeedbackPriorNotHelpful, problems),
            };
        }

        if (root.TryGet("vocabularies", out var vocabularies) && Expect(vocabularies, "vocabularies", JsonKind.Object, problems))
        {
            settings = settings with { Vocabularies = VocabulariesJson.Read(vocabularies, settings.Vocabularies, problems) };
        }

        if (root.TryGet("stagePhaseMap", out var map) && Expect(map, "stagePhaseMap", JsonKind.Object, problems))
        {
            var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in map.Properties)
            {
                if (pair.Value.Kind == JsonKind.String)
                {
                    pairs[pair.Key] = pair.Value.Text!;
                }
                else
                {
                    problems.Add($"stagePhaseMap.{pair.Key} must be a phase label (a string).");
                }
            }

            settings = settings with { StagePhaseMap = pairs };
        }

        if (root.TryGet("industryCodeMap", out var codes) && Expect(codes, "industryCodeMap", JsonKind.Object, problems))
        {
            var pairs = new Dictionary<int, string>();
            foreach (var pair in codes.Properties)
            {
                if (!int.TryParse(pair.Key, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var code))
                {
                    problems.Add($"industryCodeMap: '{pair.Key}' is not an option value (a whole number such as \"20\").");
                }
                else if (pair.Value.Kind != JsonKind.String)
                {
                    problems.Add($"industryCodeMap.{pair.Key} must be an industry label (a string).");
                }
                else
                {
                    pairs[code] = pair.Value.Text!;
                }
            }

            settings = settings with { IndustryCodeMap = pairs };
        }

        return settings;
    }

    internal static bool Expect(JsonValue value, string path, JsonKind kind, List<string> problems)
    {
        if (value.Kind == kind)
        {
            return true;
        }

        problems.Add($"{path} must be a JSON {kind.ToString().ToLowerInvariant()} (found {value.Describe()}).");
        return false;
    }

    internal static void CheckKeys(JsonValue value, string prefix, IReadOnlyList<string> known, List<string> problems)
    {
        foreach (var property in value.Properties.Where(property => !known.Contains(property.Key)))
        {
            problems.Add($"{prefix}{property.Key} is not a setting; known here: {string.Join(", ", known)}.");
        }
    }

    private static int Int(JsonValue parent, string key, int fallback, List<string> problems)
    {
        if (!parent.TryGet(key, out var value))
        {
            return fallback;
        }

        if (value.TryGetInt32(out var number))
        {
            return number;
        }

        problems.Add($"{key} must be a whole number (found {value.Describe()}).");
        return fallback;
    }

    private static double Number(JsonValue parent, string key, string path, double fallback, List<string> problems)
    {
        if (!parent.TryGet(key, out var value))
        {
            return fallback;
        }

        if (value.TryGetDouble(out var number))
        {
            return number;
        }

        problems.Add($"{path} must be a finite number (found {value.Text ?? value.Describe()}).");
        return fallback;
    }

    private static string Text(JsonValue parent, string key, string fallback, List<string> problems)
    {
        if (!parent.TryGet(key, out var value))
        {
            return fallback;
        }

        if (value.Kind == JsonKind.String)
        {
            return value.Text!;
        }

        problems.Add($"{key} must be a string (found {value.Describe()}).");
        return fallback;
    }
}
