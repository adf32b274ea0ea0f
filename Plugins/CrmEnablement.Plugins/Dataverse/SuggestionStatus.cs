namespace CrmEnablement.Plugins.Dataverse;

/// <summary>The <c>cen_suggestionstatus</c> choice. Values are shipped once and never change meaning.</summary>
public enum SuggestionStatus
{
    Suggested = 103720000,
    Opened = 103720001,
    Shared = 103720002,
    Helpful = 103720003,
    NotHelpful = 103720004,
    Dismissed = 103720005,
    Superseded = 103720006,
}
