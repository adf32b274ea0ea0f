using System.Globalization;
using System.Linq;
using System.Text;
using CrmEnablement.Engine.Ranking;

namespace CrmEnablement.Engine.Tests.TestSupport;

/// <summary>Every field of a ranking, suggestions and reasons included, as text to compare whole rankings.</summary>
internal static class RankingText
{
    public static string Describe(OpportunityRanking ranking)
    {
        var text = new StringBuilder();
        text.Append(ranking.OpportunityId).Append(" phase=").Append(ranking.Phase)
            .Append(" industry=").Append(ranking.Industry ?? "(none)")
            .Append(" roles=[").Append(string.Join("|", ranking.BuyerRoles)).AppendLine("]");
        foreach (var warning in ranking.Warnings)
        {
            text.Append("  warning: ").AppendLine(warning);
        }

        foreach (var suggestion in ranking.Suggestions)
        {
            text.AppendFormat(
                CultureInfo.InvariantCulture,
                "  {0}. {1} score={2} kind={3} audience={4} title={5} url={6} roles=[{7}]\n",
                suggestion.Rank, suggestion.ContentId, suggestion.Score, suggestion.Kind, suggestion.Audience,
                suggestion.Title, suggestion.Url, string.Join("|", suggestion.ForRoles));
            foreach (var reason in suggestion.Reasons)
            {
                text.Append("     ").Append(reason.Facet).Append(": ").Append(reason.Value).Append(" / ").AppendLine(reason.Text);
            }
        }

        return text.ToString();
    }

    public static string Describe(System.Collections.Generic.IEnumerable<OpportunityRanking> rankings) =>
        string.Concat(rankings.Select(Describe));
}
