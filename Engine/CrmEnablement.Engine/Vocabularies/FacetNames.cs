namespace CrmEnablement.Engine.Vocabularies;

/// <summary>How each facet is named to people and in files.</summary>
public static class FacetNames
{
    /// <summary>The facet's name in messages, e.g. "buyer role".</summary>
    public static string Display(Facet facet) => facet switch
    {
        Facet.Industry => "industry",
        Facet.BuyerRole => "buyer role",
        Facet.Phase => "journey phase",
        Facet.SalesStage => "sales stage",
        Facet.Challenge => "customer challenge",
        Facet.Kind => "content kind",
        Facet.Audience => "audience",
        Facet.Medium => "medium",
        _ => "status",
    };

    /// <summary>The facet's name after "a" or "an", e.g. "an industry".</summary>
    public static string WithArticle(Facet facet)
    {
        var name = Display(facet);
        return ("aeiou".IndexOf(name[0]) >= 0 ? "an " : "a ") + name;
    }

    /// <summary>The facet's key in settings JSON, e.g. "buyerRoles".</summary>
    public static string SettingsKey(Facet facet) => facet switch
    {
        Facet.Industry => "industries",
        Facet.BuyerRole => "buyerRoles",
        Facet.Phase => "phases",
        Facet.SalesStage => "salesStages",
        Facet.Challenge => "challenges",
        Facet.Kind => "kinds",
        Facet.Audience => "audiences",
        Facet.Medium => "media",
        _ => "statuses",
    };
}
