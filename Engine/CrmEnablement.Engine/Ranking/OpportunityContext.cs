using System.Collections.Generic;

namespace CrmEnablement.Engine.Ranking;

/// <summary>A deal resolved against the vocabularies: positions and bitsets the ranking loop compares.</summary>
internal sealed class OpportunityContext
{
    public int Phase;
    /// <summary>Industry position, or -1 when missing or unknown.</summary>
    public int Industry = -1;
    /// <summary>Known buyer roles; 0 when the deal has none.</summary>
    public ulong Roles;
    public ulong Challenges;
    /// <summary>The stage's bit; 0 when missing or unknown, so stage-tagged items never match.</summary>
    public ulong StageBit;
    public bool HasLanguage;
    public int LanguageFull = LanguageTable.Unused;
    public int LanguagePrimary = LanguageTable.Unused;
    /// <summary>Positions of dismissed items, sorted.</summary>
    public int[] Dismissed = new int[0];
    public bool Lost;
    /// <summary>Stakeholder names by buyer-role position, for the role reasons.</summary>
    public Dictionary<int, List<string>> PeopleByRole = new();
    public List<string> Warnings = new();
}
