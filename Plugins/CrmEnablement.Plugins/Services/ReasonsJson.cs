using System.Collections.Generic;
using CrmEnablement.Engine.Json;
using CrmEnablement.Engine.Ranking;
using CrmEnablement.Engine.Serialization;

namespace CrmEnablement.Plugins.Services;

/// <summary>A suggestion's reasons as stored on its row: the same objects as in the suggestions JSON.</summary>
public static class ReasonsJson
{
    /// <summary><c>[ { "facet", "value", "text" } ]</c>.</summary>
    public static string Write(IEnumerable<Reason> reasons)
    {
        var writer = new JsonTextWriter().StartArray();
        foreach (var reason in reasons)
        {
            writer.StartObject()
                .Name("facet").String(SuggestionsJson.FacetName(reason.Facet))
                .Name("value").String(reason.Value)
                .Name("text").String(reason.Text)
                .EndObject();
        }

        return writer.EndArray().ToString();
    }
}
