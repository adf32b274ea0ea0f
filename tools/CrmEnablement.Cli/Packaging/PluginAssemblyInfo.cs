using System.Collections.Generic;

namespace CrmEnablement.Cli.Packaging;

/// <summary>What pack needs to know about the built plugin assembly, read from its metadata.</summary>
/// <param name="FullName">The assembly's identity, e.g. "CrmEnablement.Plugins, Version=1.0.0.0, Culture=neutral, PublicKeyToken=…".</param>
/// <param name="PublicTypes">The full names of its public, non-nested classes.</param>
/// <param name="XrmSdkReference">The full name of the Microsoft.Xrm.Sdk it was built against, or null when it references none.</param>
/// <param name="BuiltAgainstStandIn">
/// True when that Microsoft.Xrm.Sdk has no public key token: the repository's stand-in
/// (sdk/XrmStandIn), which Dataverse cannot load; Microsoft's assembly is always signed.
/// </param>
public sealed record PluginAssemblyInfo(string FullName, IReadOnlySet<string> PublicTypes, string? XrmSdkReference, bool BuiltAgainstStandIn);
