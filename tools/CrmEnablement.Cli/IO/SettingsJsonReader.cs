using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CrmEnablement.Engine.Settings;
using CrmEnablement.Engine.Vocabularies;

namespace CrmEnablement.Cli.IO;

/// <summary>
/// Reads settings JSON (the shape of <c>samples/settings.json</c> and of the
/// <c>cen_SuggestionSettings</c> environment variable). Missing keys keep their defaults; unknown
/// keys are errors, so a misspelt weight never silently does nothing.
/// </summary>
public static class SettingsJsonReader
{
    private static readonly string[] TopKeys =
    {
        "topK", "perKindCap", "internalCap", "weights", "feedbackPrior", "freshnessHalfLifeDays", "stagePhaseMap", "wonPhase", "vocabularies",
    };

    private static readonly string[] WeightKeys = { "industry", "buyerRole", "phase", "salesStage", "challenge", "pinned", "feedback", "freshness" };

    /// <summary>Reads and validates the settings file at <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Missing, unreadable, malformed or invalid settings.</exception>
    public static EngineSettings Read(string path) => Parse(path, InputFile.ReadText(path, "settings file"));

    /// <summary>Parses and validates settings JSON; <paramref name="source"/> names it in messages.</summary>
    public static EngineSettings Parse(string source, string json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException error)
        {
            throw new InputException($"{source}:{(error.LineNumber ?? 0) + 1}: not valid JSON: {error.Message.Split('.')[0]}.");
        }

        using (document)
        {
            var problems = new List<string>();
            var settings = Read(document.RootElement, problems);
            problems.AddRange(settings.Validate());
            if (problems.Count > 0)
            {
                throw new InputException(problems.Select(problem => $"{source}: {problem}").ToArray());
            }

            return settings;
        }
    }

    private static EngineSettings Read(JsonElement root, List<string> problems)
    {
        var settings = EngineSettings.Default;
        if (!Expect(root, "settings", JsonValueKind.Object, problems))
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
        if (root.TryGetProperty("weights", out var weights) && Expect(weights, "weights", JsonValueKind.Object, problems))
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

        if (root.TryGetProperty("feedbackPrior", out var prior) && Expect(prior, "feedbackPrior", JsonValueKind.Object, problems))
        {
            CheckKeys(prior, "feedbackPrior.", new[] { "helpful", "notHelpful" }, problems);
            settings = settings with
            {
                FeedbackPriorHelpful = Number(prior, "helpful", "feedbackPrior.helpful", settings.FeedbackPriorHelpful, problems),
                FeedbackPriorNotHelpful = Number(prior, "notHelpful", "feedbackPrior.notHelpful", settings.FeedbackPriorNotHelpful, problems),
            };
        }

        if (root.TryGetProperty("vocabularies", out var vocabularies) && Expect(vocabularies, "vocabularies", JsonValueKind.Object, problems))
        {
            settings = settings with { Vocabularies = VocabulariesJson.Read(vocabularies, settings.Vocabularies, problems) };
        }

        if (root.TryGetProperty("stagePhaseMap", out var map) && Expect(map, "stagePhaseMap", JsonValueKind.Object, problems))
        {
            var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var pair in map.EnumerateObject())
            {
                if (pair.Value.ValueKind == JsonValueKind.String)
                {
                    pairs[pair.Name] = pair.Value.GetString()!;
                }
                else
                {
                    problems.Add($"stagePhaseMap.{pair.Name} must be a phase label (a string).");
                }
            }

            settings = settings with { StagePhaseMap = pairs };
        }

        return settings;
    }

    internal static bool Expect(JsonElement element, string path, JsonValueKind kind, List<string> problems)
    {
        if (element.ValueKind == kind)
        {
            return true;
        }

        problems.Add($"{(path.Length == 0 ? "settings" : path)} must be a JSON {kind.ToString().ToLowerInvariant()}.");
        return false;
    }

    internal static void CheckKeys(JsonElement element, string prefix, IReadOnlyList<string> known, List<string> problems)
    {
        foreach (var property in element.EnumerateObject().Where(property => !known.Contains(property.Name)))
        {
            problems.Add($"{prefix}{property.Name} is not a setting; known here: {string.Join(", ", known)}.");
        }
    }

    private static int Int(JsonElement parent, string key, int fallback, List<string> problems)
    {
        if (!parent.TryGetProperty(key, out var value))
        {
            return fallback;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number))
        {
            return number;
        }

        problems.Add($"{key} must be a whole number.");
        return fallback;
    }

    private static double Number(JsonElement parent, string key, string path, double fallback, List<string> problems)
    {
        if (!parent.TryGetProperty(key, out var value))
        {
            return fallback;
        }

        if (value.ValueKind == JsonValueKind.Number)
        {
            return value.GetDouble();
        }

        problems.Add($"{path} must be a number.");
        return fallback;
    }

    private static string Text(JsonElement parent, string key, string fallback, List<string> problems)
    {
        if (!parent.TryGetProperty(key, out var value))
        {
            return fallback;
        }

        if (value.ValueKind == JsonValueKind.String)
        {
            return value.GetString()!;
        }

        problems.Add($"{key} must be a string.");
        return fallback;
    }
}
