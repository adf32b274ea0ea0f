namespace CrmEnablement.Engine.Ranking;

/// <summary>
/// The part of an item the ranking loop reads, copied into the candidate lists so the loop walks
/// memory in order and never dereferences the item.
/// </summary>
internal struct CandidateEntry
{
    public ulong Roles;
    public ulong Stages;
    public ulong Challenges;
    public int Item;
    /// <summary>Everything that does not depend on the deal: pin, feedback, phase and stage specificity.</summary>
    public int StaticScore;
    public int PublishedDay;
    public int ExpiresDay;
    public int Language;
    public int Bucket;
}
