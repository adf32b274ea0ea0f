namespace CrmEnablement.Plugins.Dataverse;

/// <summary>The <c>cen_interactionaction</c> choice: what the rep did.</summary>
public enum InteractionAction
{
    Opened = 103720000,
    Copied = 103720001,
    Helpful = 103720002,
    NotHelpful = 103720003,
    Dismissed = 103720004,
    /// <summary>"Tell enablement": nothing fitted this deal.</summary>
    Gap = 103720005,
}
