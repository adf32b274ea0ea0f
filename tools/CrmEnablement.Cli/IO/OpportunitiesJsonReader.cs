using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CrmEnablement.Engine.Model;

namespace CrmEnablement.Cli.IO;

/// <summary>
/// Reads the opportunities JSON: an array of deals. Every structural problem is reported with the
/// deal's position and id and the field's name; labels are checked later by the ranker, which
/// warns instead of failing.
/// </summary>
public static class OpportunitiesJsonReader
{
    private static readonly string[] Fields =
    {
        "id", "name", "industry", "salesStage", "status", "phase", "buyerRoles", "stakeholders", "challenges", "language", "dismissed",
    };

    /// <summary>Reads the deals in <paramref name="path"/>.</summary>
    /// <exception cref="InputException">Missing, unreadable, not JSON, or a deal is malformed.</exception>
    public static IReadOnlyList<OpportunityProfile> Read(string path)
    {
        var text = InputFile.ReadText(path, "opportunities file");
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        }
        catch (JsonException error)
        {
            var line = (error.LineNumber ?? 0) + 1;
            throw new InputException($"{path}:{line}: not valid JSON: {error.Message.Split('.')[0]}.");
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                throw new InputException($"{path}: expected a JSON array of opportunities [ {{ \"id\": ..., \"status\": \"Open\" }}, ... ].");
            }

            var problems = new List<string>();
            var deals = new List<OpportunityProfile>();
            var firstById = new Dictionary<string, int>(StringComparer.Ordinal);
            var number = 0;
            foreach (var element in document.RootElement.EnumerateArray())
            {
                number++;
                var deal = new DealReader(path, number, element, problems).Read();
                if (deal is null)
                {
                    continue;
                }

                if (firstById.TryGetValue(deal.Id, out var first))
                {
                    problems.Add($"{path}: opportunity #{number} ({deal.Id}): field 'id': '{deal.Id}' is already used by opportunity #{first}.");
                    continue;
                }

                firstById.Add(deal.Id, number);
                deals.Add(deal);
            }

            if (problems.Count > 0)
            {
                throw new InputException(problems);
            }

            return deals;
        }
    }

    private sealed class DealReader
    {
        private readonly string _path;
        private readonly int _number;
        private readonly JsonElement _element;
        private readonly List<string> _problems;
        private string _label;

        public DealReader(string path, int number, JsonElement element, List<string> problems)
        {
            _path = path;
            _number = number;
            _element = element;
            _problems = problems;
            _label = $"opportunity #{number}";
        }

        public OpportunityProfile? Read()
        {
            if (_element.ValueKind != JsonValueKind.Object)
            {
                _problems.Add($"{_path}: {_label}: expected an object {{ \"id\": ..., \"status\": ... }}.");
                return null;
            }

            var before = _problems.Count;
            var id = String("id", required: true);
            if (id is not null)
            {
                _label = $"opportunity #{_number} ({id})";
            }

            foreach (var property in _element.EnumerateObject().Where(property => !Fields.Contains(property.Name)))
            {
                var closest = Fields.OrderBy(field => Distance(field, property.Name)).First();
                Problem(property.Name, $"unknown field (closest: {closest}); remove it or fix its name.");
            }

            var status = String("status", required: true);
            var parsedStatus = OpportunityStatus.Open;
            if (status is not null && !Enum.TryParse(status, ignoreCase: true, out parsedStatus))
            {
                Problem("status", $"'{status}' must be Open, Won or Lost.");
            }

            var deal = new OpportunityProfile
            {
                Id = id ?? "",
                Name = String("name", required: false) ?? "",
                Industry = String("industry", required: false),
                SalesStage = String("salesStage", required: false),
                Status = parsedStatus,
                Phase = String("phase", required: false),
                BuyerRoles = Strings("buyerRoles"),
                Stakeholders = Stakeholders(),
                Challenges = Strings("challenges"),
                Language = String("language", required: false),
                Dismissed = Strings("dismissed"),
            };
            return _problems.Count == before ? deal : null;
        }

        private void Problem(string field, string message) => _problems.Add($"{_path}: {_label}: field '{field}': {message}");

        private string? String(string field, bool required)
        {
            if (!_element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                if (required)
                {
                    Problem(field, "is required.");
                }

                return null;
            }

            if (value.ValueKind != JsonValueKind.String)
            {
                Problem(field, $"expected a string, found {Describe(value)}.");
                return null;
            }

            var text = value.GetString()!.Trim();
            if (text.Length == 0 && required)
            {
                Problem(field, "is required.");
            }

            return text.Length == 0 ? null : text;
        }

        private IReadOnlyList<string> Strings(string field)
        {
            if (!_element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return Array.Empty<string>();
            }

            if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(entry => entry.ValueKind != JsonValueKind.String))
            {
                Problem(field, "expected an array of strings, such as [\"Economic Buyer\"].");
                return Array.Empty<string>();
            }

            return value.EnumerateArray().Select(entry => entry.GetString()!.Trim()).Where(entry => entry.Length > 0).ToArray();
        }

        private IReadOnlyList<Stakeholder> Stakeholders()
        {
            const string field = "stakeholders";
            if (!_element.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return Array.Empty<Stakeholder>();
            }

            var people = new List<Stakeholder>();
            var ok = value.ValueKind == JsonValueKind.Array;
            foreach (var person in ok ? value.EnumerateArray().ToArray() : Array.Empty<JsonElement>())
            {
                if (person.ValueKind != JsonValueKind.Object
                    || !person.TryGetProperty("role", out var role) || role.ValueKind != JsonValueKind.String
                    || (person.TryGetProperty("name", out var name) && name.ValueKind != JsonValueKind.String && name.ValueKind != JsonValueKind.Null))
                {
                    ok = false;
                    break;
                }

                var personName = person.TryGetProperty("name", out var named) && named.ValueKind == JsonValueKind.String ? named.GetString()!.Trim() : "";
                people.Add(new Stakeholder(personName, role.GetString()!.Trim()));
            }

            if (!ok)
            {
                Problem(field, "expected an array of {\"name\": \"…\", \"role\": \"…\"} objects.");
            }

            return people;
        }

        private static string Describe(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.Number => "a number",
            JsonValueKind.True or JsonValueKind.False => "true/false",
            JsonValueKind.Array => "an array",
            JsonValueKind.Object => "an object",
            _ => value.ValueKind.ToString().ToLowerInvariant(),
        };

        private static int Distance(string left, string right) =>
            left.Zip(right, (a, b) => char.ToLowerInvariant(a) == char.ToLowerInvariant(b) ? 0 : 1).Sum() + Math.Abs(left.Length - right.Length);
    }
}
