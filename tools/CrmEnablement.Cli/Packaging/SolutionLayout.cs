namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// Where things live in the unpacked source (SolutionPackager layout) and in the packed zip
/// (schemas/SHAPES.md §9), named once so the packer, the unpacker and the checks agree.
/// </summary>
public static class SolutionLayout
{
    /// <summary>The unpacked source folder inside <c>Solution/</c>.</summary>
    public const string SourceFolder = "src";

    /// <summary>SolutionPackager's <c>/map</c> file inside <c>Solution/</c>.</summary>
    public const string MappingFile = "solution-mapping.xml";

    public const string SolutionXml = "Other/Solution.xml";
    public const string CustomizationsXml = "Other/Customizations.xml";
    public const string RelationshipsIndex = "Other/Relationships.xml";
    public const string RelationshipsFolder = "Other/Relationships/";
    public const string EntitiesFolder = "Entities/";
    public const string EntityFile = "Entity.xml";
    public const string FormsFolder = "FormXml/";
    public const string ViewsFolder = "SavedQueries/";
    public const string RibbonFile = "RibbonDiff.xml";
    public const string RolesFolder = "Roles/";
    public const string OptionSetsFolder = "OptionSets/";
    public const string WebResourcesFolder = "WebResources/";
    public const string PluginAssembliesFolder = "PluginAssemblies/";
    public const string StepsFolder = "SdkMessageProcessingSteps/";
    public const string CustomApisFolder = "customapis/";
    public const string EnvironmentVariablesFolder = "environmentvariabledefinitions/";

    /// <summary>The suffix of a component's metadata file next to its content (web resources, assemblies).</summary>
    public const string DataSuffix = ".data.xml";

    /// <summary>The zip's manifest, written without BOM or declaration as exports do.</summary>
    public const string ZipSolutionXml = "solution.xml";

    /// <summary>The zip's customizations, folded from the source tree.</summary>
    public const string ZipCustomizationsXml = "customizations.xml";

    /// <summary>The zip's content types part, which only pack writes.</summary>
    public const string ZipContentTypes = "[Content_Types].xml";
}
