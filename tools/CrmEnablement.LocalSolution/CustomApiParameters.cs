using System;
using System.Collections.Generic;
using CrmEnablement.Plugins.Steps;

namespace CrmEnablement.LocalSolution;

/// <summary>
/// The request parameters of each Custom API in <see cref="CrmEnablement.Plugins.PluginCatalog.CustomApis"/>,
/// as the solution defines them: the required ones, and their SDK types (what the Web API converts
/// JSON values to before the plugin sees them).
/// </summary>
public static class CustomApiParameters
{
    private static readonly Dictionary<string, IReadOnlyDictionary<string, Type>> ByApi = new(StringComparer.OrdinalIgnoreCase)
    {
        [CrmEnablement.Plugins.Infrastructure.MessageNames.GetContentSuggestions] = new Dictionary<string, Type>(StringComparer.OrdinalIgnoreCase)
        {
            [GetContentSuggestionsPlugin.OpportunityIdParameter] = typeof(Guid),
        },
    };

    /// <summary>The parameters of <paramref name="uniqueName"/>, or none for an API the solution does not define.</summary>
    public static IReadOnlyDictionary<string, Type> Of(string uniqueName) =>
        ByApi.TryGetValue(uniqueName, out var parameters) ? parameters : new Dictionary<string, Type>();
}
