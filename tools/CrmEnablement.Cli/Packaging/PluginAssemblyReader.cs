using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using CrmEnablement.Cli.IO;

namespace CrmEnablement.Cli.Packaging;

/// <summary>
/// Reads a plugin assembly's identity, public types and SDK reference from its metadata, without
/// loading it: a net462 assembly built against another SDK cannot be loaded into this process anyway.
/// </summary>
public static class PluginAssemblyReader
{
    /// <summary>The name of the SDK assembly plugins are built against.</summary>
    public const string XrmSdkName = "Microsoft.Xrm.Sdk";

    /// <summary>Reads <paramref name="path"/>.</summary>
    /// <exception cref="InputException">The file is not a .NET assembly.</exception>
    public static PluginAssemblyInfo Read(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            using var pe = new PEReader(stream);
            if (!pe.HasMetadata)
            {
                throw new InputException(CliMessages.PackNotAnAssembly(path));
            }

            var metadata = pe.GetMetadataReader();
            var identity = metadata.GetAssemblyDefinition().GetAssemblyName();
            return new PluginAssemblyInfo(identity.FullName, PublicTypes(metadata), XrmSdk(metadata, out var standIn), standIn);
        }
        catch (BadImageFormatException)
        {
            throw new InputException(CliMessages.PackNotAnAssembly(path));
        }
    }

    private static IReadOnlySet<string> PublicTypes(MetadataReader metadata)
    {
        var types = new HashSet<string>(StringComparer.Ordinal);
        foreach (var handle in metadata.TypeDefinitions)
        {
            var type = metadata.GetTypeDefinition(handle);
            if ((type.Attributes & TypeAttributes.VisibilityMask) == TypeAttributes.Public && (type.Attributes & TypeAttributes.Interface) == 0)
            {
                var ns = metadata.GetString(type.Namespace);
                types.Add(ns.Length == 0 ? metadata.GetString(type.Name) : ns + "." + metadata.GetString(type.Name));
            }
        }

        return types;
    }

    private static string? XrmSdk(MetadataReader metadata, out bool standIn)
    {
        standIn = false;
        foreach (var handle in metadata.AssemblyReferences)
        {
            var reference = metadata.GetAssemblyReference(handle);
            if (metadata.GetString(reference.Name) == XrmSdkName)
            {
                var name = reference.GetAssemblyName();
                standIn = reference.PublicKeyOrToken.IsNil || metadata.GetBlobBytes(reference.PublicKeyOrToken).Length == 0;
                return name.FullName;
            }
        }

        return null;
    }
}
