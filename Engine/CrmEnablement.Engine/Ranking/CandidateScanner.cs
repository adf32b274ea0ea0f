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
        var full = context.LanguageFull;
        var primary = context.LanguagePrimary;

        // Pass 1 decides eligibility without branching on each test (non-short-circuit &), writing
        // the positions that pass; unpredictable branches, not arithmetic, dominated a one-pass scan.
        var passing = scratch.Passing(entries.Length);
        var count = 0;
        for (var i = 0; i < entries.Length; i++)
        {
            ref readonly var entry = ref entries[i];
            var pass = (entry.PublishedDay <= today)
                & (entry.ExpiresDay >= today)
                & (!hasLanguage | entry.Language == 0 | entry.Language == full | entry.Language == primary)
                & (entry.Stages == 0 | (entry.Stages & stageBit) != 0)
                // A deal with no known roles accepts role-tagged items, without the role bonus.
                & (entry.Roles == 0 | roles == 0 | (entry.Roles & roles) != 0);
            passing[count] = i;
            count += pass ? 1 : 0;
        }

        // Pass 2 scores what passed.
        for (var p = 0; p < count; p++)
        {
            ref readonly var entry = ref entries[passing[p]];
            if (dismissed.Length != 0 && System.Array.BinarySearch(dismissed, entry.Item) >= 0)
            {
                continue;
            }

            var age = today - entry.PublishedDay;
            var score = entry.StaticScore + industryBonus
                + (entry.Roles != 0 & roles != 0 ? roleBonus : 0)
                + (entry.Challenges == 0 ? 0 : Bits.Count(entry.Challenges & challenges) * challengeWeight)
                + (age < freshness.Length ? freshness[age] : 0);
            if (scratch.Rejects(entry.Bucket, score, entry.Item))
            {
                continue;
            }

            scratch.Offer(entry.Bucket, score, entry.Item);
        }
    }
}
