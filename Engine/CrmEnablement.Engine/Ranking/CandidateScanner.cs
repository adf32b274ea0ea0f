namespace CrmEnablement.Engine.Ranking;

/// <summary>
/// The hot loop: applies the hard filters to one candidate list and scores what passes. Only the
/// few best of each (kind, audience) pool are kept: the per-kind cap means no other item could
/// ever be chosen, so the result equals ranking every eligible item.
/// </summary>
internal static class CandidateScanner
{
    public static void Scan(CandidateEntry[] entries, int industryBonus, CatalogIndex index, OpportunityContext context, int today, RankScratch scratch)
    {
        var roleBonus = index.Weights.BuyerRole;
        var challengeWeight = index.Weights.Challenge;
        var freshness = index.Freshness;
        var roles = context.Roles;
        var stageBit = context.StageBit;
        var challenges = context.Challenges;
        var hasLanguage = context.HasLanguage;
        var dismissed = context.Dismissed;
        for (var i = 0; i < entries.Length; i++)
        {
            ref readonly var entry = ref entries[i];
            if (entry.PublishedDay > today || entry.ExpiresDay < today)
            {
                continue;
            }

            if (hasLanguage && entry.Language != 0 && entry.Language != context.LanguageFull && entry.Language != context.LanguagePrimary)
            {
                continue;
            }

            if (entry.Stages != 0 && (entry.Stages & stageBit) == 0)
            {
                continue;
            }

            // A deal with no known roles accepts role-tagged items, without the role bonus.
            var roleMatch = entry.Roles != 0 && roles != 0;
            if (roleMatch && (entry.Roles & roles) == 0)
            {
                continue;
            }

            if (dismissed.Length != 0 && System.Array.BinarySearch(dismissed, entry.Item) >= 0)
            {
                continue;
            }

            var age = today - entry.PublishedDay;
            var score = entry.StaticScore + industryBonus
                + (roleMatch ? roleBonus : 0)
                + (entry.Challenges == 0 ? 0 : Bits.Count(entry.Challenges & challenges) * challengeWeight)
                + (age < freshness.Length ? freshness[age] : 0);
            scratch.Offer(entry.Bucket, score, entry.Item);
        }
    }
}
