namespace CrmEnablement.Cli.Packaging;

/// <summary>One <c>RootComponent</c> of solution.xml.</summary>
/// <param name="Type">The <c>componenttype</c> value (1 table, 9 choice, 20 role, 61 web resource, 91 assembly, 92 step, 380 environment variable…).</param>
/// <param name="SchemaName">The component's name, for the types identified by name.</param>
/// <param name="Id">The component's id in braces, for the types identified by id.</param>
/// <param name="Behavior">0 include subcomponents, 1 do not include subcomponents, 2 shell only.</param>
public sealed record RootComponent(int Type, string? SchemaName, string? Id, int Behavior);
