namespace CrmEnablement.Engine.Vocabularies;

/// <summary>
/// The opportunity <c>salesstage</c> choice read by value: 0–3 are Qualify, Develop, Propose and
/// Close, whatever an environment has renamed them to; any other value is no sales stage.
/// </summary>
public static class SalesStageValues
{
    /// <summary>The sales stage label of <paramref name="value"/>, or null when it is none of 0–3.</summary>
    public static string? Label(int? value) =>
        value is { } stage && stage >= 0 && stage < DefaultVocabularies.SalesStages.Count ? DefaultVocabularies.SalesStages[stage] : null;
}
