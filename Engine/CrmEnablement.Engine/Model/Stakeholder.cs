namespace CrmEnablement.Engine.Model;

/// <summary>A person in the buying committee and the buyer role they play.</summary>
public sealed record Stakeholder(string Name, string Role);
