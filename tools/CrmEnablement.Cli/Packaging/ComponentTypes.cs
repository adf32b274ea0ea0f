namespace CrmEnablement.Cli.Packaging;

/// <summary>The <c>componenttype</c> values of the root components this solution uses (dataverse-platform.md §3.5).</summary>
public static class ComponentTypes
{
    public const int Table = 1;
    public const int Choice = 9;
    public const int SecurityRole = 20;
    public const int SystemForm = 60;
    public const int WebResource = 61;
    public const int PluginAssembly = 91;
    public const int Step = 92;
    public const int EnvironmentVariable = 380;
}
