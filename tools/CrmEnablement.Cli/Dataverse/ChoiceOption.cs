namespace CrmEnablement.Cli.Dataverse;

/// <summary>One option of a Dataverse choice: the value rows store and the label people see.</summary>
/// <param name="Value">The option value; what the plugins read and map.</param>
/// <param name="Label">The label in the signed-in user's language; empty when the option has none.</param>
internal sealed record ChoiceOption(int Value, string Label);
