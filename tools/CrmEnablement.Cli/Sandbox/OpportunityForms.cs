using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using CrmEnablement.Engine.Vocabularies;
using CrmEnablement.Plugins.Dataverse;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>
/// The harness's own endpoints: the deal list, what the opportunity form shows, and Save, which
/// runs as the rep through the pipeline — an Update of the changed columns, and Win, Lose or a
/// reopening (SetState) when the status changed — then runs the asynchronous steps.
/// </summary>
internal sealed class OpportunityForms
{
    /// <summary>The opportunity statecode labels, by value.</summary>
    public static readonly IReadOnlyList<string> Statuses = new[] { "Open", "Won", "Lost" };

    private static readonly string[] FormColumns =
    {
        OpportunitySchema.Name, OpportunitySchema.SalesStage, OpportunitySchema.JourneyPhase, OpportunitySchema.StateCode,
        OpportunitySchema.BuyerRoles, OpportunitySchema.Challenges,
    };

    private readonly SandboxOrganization _org;

    public OpportunityForms(SandboxOrganization org)
    {
        _org = org;
    }

    /// <summary>[{ id, name, fileId }] in file order.</summary>
    public byte[] List() => JsonBytes.Write(json =>
    {
        json.WriteStartArray();
        foreach (var deal in _org.Deals)
        {
            json.WriteStartObject();
            json.WriteString("id", deal.Id.ToString("D"));
            json.WriteString("name", deal.Name);
            json.WriteString("fileId", deal.FileId);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    });

    /// <summary>The form's data: values and texts of its attributes, the choices of its selects, the signed-in user.</summary>
    public byte[] Form(Guid id)
    {
        Entity row;
        lock (_org.Gate)
        {
            row = _org.Rep.Retrieve(OpportunitySchema.Table, id, new ColumnSet(FormColumns));
        }

        var vocabularies = _org.Settings.Vocabularies;
        var stage = row.GetAttributeValue<OptionSetValue>(OpportunitySchema.SalesStage)?.Value;
        var phase = row.GetAttributeValue<OptionSetValue>(OpportunitySchema.JourneyPhase)?.Value;
        var state = row.GetAttributeValue<OptionSetValue>(OpportunitySchema.StateCode)?.Value ?? OpportunitySchema.OpenState;
        return JsonBytes.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("id", id.ToString("D"));
            json.WriteString("entityName", OpportunitySchema.Table);
            json.WriteStartObject("user");
            json.WriteString("id", _org.RepId.ToString("D"));
            json.WriteString("name", SandboxOrganization.RepName);
            json.WriteNumber("languageId", _org.RepLanguageId);
            json.WriteEndObject();

            json.WriteStartObject("attributes");
            Single(json, OpportunitySchema.Name, null, row.GetAttributeValue<string>(OpportunitySchema.Name));
            Single(json, OpportunitySchema.SalesStage, stage, stage is { } s && s >= 0 && s < DealRows.SalesStages.Count ? DealRows.SalesStages[s] : null);
            Single(json, OpportunitySchema.JourneyPhase, phase, phase is { } p ? OptionLabels.Label(vocabularies[Facet.Phase], p) : null);
            Single(json, OpportunitySchema.StateCode, state, state >= 0 && state < Statuses.Count ? Statuses[state] : null);
            Multi(json, OpportunitySchema.BuyerRoles, row.GetAttributeValue<OptionSetValueCollection>(OpportunitySchema.BuyerRoles), vocabularies[Facet.BuyerRole]);
            Multi(json, OpportunitySchema.Challenges, row.GetAttributeValue<OptionSetValueCollection>(OpportunitySchema.Challenges), vocabularies[Facet.Challenge]);
            json.WriteEndObject();

            json.WriteStartObject("options");
            Options(json, OpportunitySchema.SalesStage, DealRows.SalesStages.Select((label, value) => (value, label)));
            Options(json, OpportunitySchema.JourneyPhase, vocabularies[Facet.Phase].Terms.Select(term => (term.Value, term.Label)));
            Options(json, OpportunitySchema.StateCode, Statuses.Select((label, value) => (value, label)));
            json.WriteEndObject();
            json.WriteEndObject();
        });
    }

    /// <summary>Saves what changed of { salesstage, cen_journeyphase, statecode } and answers the form's new data.</summary>
    public byte[] Save(Guid id, JsonElement body)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            throw new WebApiRequestException("Save expects a JSON object of the form's fields.");
        }

        lock (_org.Gate)
        {
            var rep = _org.Rep;
            var current = rep.Retrieve(OpportunitySchema.Table, id, new ColumnSet(FormColumns));
            var reference = new EntityReference(OpportunitySchema.Table, id);
            var state = current.GetAttributeValue<OptionSetValue>(OpportunitySchema.StateCode)?.Value ?? OpportunitySchema.OpenState;
            var newState = Number(body, OpportunitySchema.StateCode, state) ?? OpportunitySchema.OpenState;
            if (newState is < 0 or > 2)
            {
                throw new WebApiRequestException($"statecode {newState} is not Open (0), Won (1) or Lost (2).");
            }

            // A closed deal is read-only in Dataverse: reopen it before changing anything else.
            if (state != OpportunitySchema.OpenState && newState != state)
            {
                rep.Execute(new OrganizationRequest("SetState")
                {
                    ["EntityMoniker"] = reference,
                    ["State"] = new OptionSetValue(OpportunitySchema.OpenState),
                    ["Status"] = new OptionSetValue(2),
                });
            }

            var update = new Entity(OpportunitySchema.Table, id);
            foreach (var column in new[] { OpportunitySchema.SalesStage, OpportunitySchema.JourneyPhase })
            {
                var before = current.GetAttributeValue<OptionSetValue>(column)?.Value;
                var after = Number(body, column, before);
                if (after != before)
                {
                    update[column] = after is { } value ? new OptionSetValue(value) : null;
                }
            }

            if (update.Attributes.Count > 0)
            {
                rep.Update(update);
            }

            if (newState != state && newState != OpportunitySchema.OpenState)
            {
                var won = newState == OpportunitySchema.WonState;
                rep.Execute(new OrganizationRequest(won ? "WinOpportunity" : "LoseOpportunity")
                {
                    ["OpportunityClose"] = new Entity("opportunityclose")
                    {
                        ["opportunityid"] = reference,
                        ["subject"] = won ? "Won in the sandbox" : "Lost in the sandbox",
                    },
                    ["Status"] = new OptionSetValue(won ? 3 : 4),
                });
            }

            _org.RunAsyncSteps();
        }

        return Form(id);
    }

    private static int? Number(JsonElement body, string column, int? otherwise)
    {
        if (!body.TryGetProperty(column, out var value))
        {
            return otherwise;
        }

        return value.ValueKind switch
        {
            JsonValueKind.Null => null,
            JsonValueKind.Number when value.TryGetInt32(out var number) => number,
            _ => throw new WebApiRequestException($"{column} must be a whole number or null."),
        };
    }

    private static void Single(Utf8JsonWriter json, string name, int? value, string? text)
    {
        json.WriteStartObject(name);
        if (value is { } number)
        {
            json.WriteNumber("value", number);
        }
        else if (text is not null && name == OpportunitySchema.Name)
        {
            json.WriteString("value", text);
        }
        else
        {
            json.WriteNull("value");
        }

        json.WriteString("text", text);
        json.WriteEndObject();
    }

    private static void Multi(Utf8JsonWriter json, string name, OptionSetValueCollection? values, Vocabulary vocabulary)
    {
        json.WriteStartObject(name);
        if (values is null || values.Count == 0)
        {
            json.WriteNull("value");
            json.WriteNull("text");
        }
        else
        {
            json.WriteStartArray("value");
            foreach (var option in values)
            {
                json.WriteNumberValue(option.Value);
            }

            json.WriteEndArray();
            json.WriteStartArray("text");
            foreach (var option in values)
            {
                json.WriteStringValue(OptionLabels.Label(vocabulary, option.Value));
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void Options(Utf8JsonWriter json, string name, IEnumerable<(int Value, string Label)> options)
    {
        json.WriteStartArray(name);
        foreach (var (value, label) in options)
        {
            json.WriteStartObject();
            json.WriteNumber("value", value);
            json.WriteString("label", label);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
