using System.Collections.Generic;

namespace CrmEnablement.Engine.Vocabularies;

/// <summary>One label of a vocabulary, the choice value it has in Dataverse, and other spellings accepted for it.</summary>
/// <param name="Label">The canonical label, as shown to people and stored in the solution's choice.</param>
/// <param name="Value">The option value of the matching Dataverse choice; stable forever once shipped.</param>
/// <param name="Aliases">Other accepted spellings (case, <c>&amp;</c> versus <c>and</c> are always accepted).</param>
public sealed record VocabularyTerm(string Label, int Value, IReadOnlyList<string> Aliases)
{
    /// <summary>A term with no aliases.</summary>
    public VocabularyTerm(string label, int value)
        : this(label, value, new string[0])
    {
    }
}
