namespace CrmEnablement.Cli.Analytics;

/// <summary>What a rep did with a suggestion (the interactions CSV's <c>action</c> column).</summary>
internal enum InteractionAction
{
    Suggested,
    Opened,
    Shared,
    Copied,
    Helpful,
    NotHelpful,
    Dismissed,
    /// <summary>"Tell enablement": nothing fitted the deal; counted per deal, not per item.</summary>
    Gap,
}
