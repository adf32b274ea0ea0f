namespace CrmEnablement.Cli.Packaging;

/// <summary>A built file the mapping brings into the tree.</summary>
/// <param name="TreePath">Where it sits in the unpacked tree, e.g. <c>WebResources/cen_/opportunity/suggestions.js</c>.</param>
/// <param name="SourcePath">The built file on disk.</param>
public sealed record MappedFile(string TreePath, string SourcePath);
