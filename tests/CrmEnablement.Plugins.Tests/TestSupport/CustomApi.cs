using System;
using System.Linq;
using System.Text.Json;
using CrmEnablement.Plugins.Infrastructure;
using CrmEnablement.Plugins.Steps;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Tests.TestSupport;

/// <summary>Calls <c>cen_GetContentSuggestions</c> the way the web resource does, as a given user.</summary>
internal static class CustomApi
{
    public static string Json(IOrganizationService service, Guid opportunityId)
    {
        var request = new OrganizationRequest(MessageNames.GetContentSuggestions)
        {
            [GetContentSuggestionsPlugin.OpportunityIdParameter] = opportunityId,
        };
        return (string)service.Execute(request).Results[GetContentSuggestionsPlugin.SuggestionsJsonProperty];
    }

    /// <summary>The ranking, read from the JSON.</summary>
    public static RankingView Rank(IOrganizationService service, Guid opportunityId) => RankingView.Parse(Json(service, opportunityId));

    /// <summary>The suggested content ids, best first.</summary>
    public static string[] ContentIds(IOrganizationService service, Guid opportunityId)
    {
        using var document = JsonDocument.Parse(Json(service, opportunityId));
        return document.RootElement.GetProperty("suggestions").EnumerateArray()
            .Select(suggestion => suggestion.GetProperty("contentId").GetString()!)
            .ToArray();
    }
}
