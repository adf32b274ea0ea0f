using System;
using System.Collections.Generic;
using System.IO;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace CrmEnablement.Cli.Tests.Packaging.TestSupport;

/// <summary>
/// Writes a metadata-only assembly with a given identity, public types and Microsoft.Xrm.Sdk
/// reference: what a build against Microsoft's SDK looks like to pack, which these machines cannot make.
/// </summary>
internal static class FakePluginAssembly
{
    /// <summary>Microsoft's public key token, which every real Microsoft.Xrm.Sdk carries.</summary>
    public static readonly byte[] MicrosoftToken = { 0x31, 0xbf, 0x38, 0x56, 0xad, 0x36, 0x4e, 0x35 };

    /// <summary>Writes the assembly to <paramref name="path"/>.</summary>
    /// <param name="identity">Name, version and public key (as the real build's).</param>
    /// <param name="types">Full names of the public classes.</param>
    /// <param name="xrmSdkToken">The SDK reference's token; empty for a stand-in reference.</param>
    public static void Write(string path, AssemblyName identity, IEnumerable<string> types, byte[] xrmSdkToken)
    {
        var metadata = new MetadataBuilder();
        metadata.AddModule(0, metadata.GetOrAddString(identity.Name + ".dll"), metadata.GetOrAddGuid(new Guid("6f1c2a52-0c1e-4d8e-9a43-0e8c1f3a7b11")), default, default);
        metadata.AddAssembly(metadata.GetOrAddString(identity.Name!), identity.Version!, default, metadata.GetOrAddBlob(identity.GetPublicKey() ?? Array.Empty<byte>()),
            AssemblyFlags.PublicKey, AssemblyHashAlgorithm.Sha1);
        var corlib = metadata.AddAssemblyReference(metadata.GetOrAddString("mscorlib"), new Version(4, 0, 0, 0), default,
            metadata.GetOrAddBlob(new byte[] { 0xb7, 0x7a, 0x5c, 0x56, 0x19, 0x34, 0xe0, 0x89 }), default, default);
        metadata.AddAssemblyReference(metadata.GetOrAddString("Microsoft.Xrm.Sdk"), new Version(9, 0, 0, 0), default, metadata.GetOrAddBlob(xrmSdkToken), default, default);
        var baseType = metadata.AddTypeReference(corlib, metadata.GetOrAddString("System"), metadata.GetOrAddString("Object"));
        var firstField = MetadataTokens.FieldDefinitionHandle(1);
        var firstMethod = MetadataTokens.MethodDefinitionHandle(1);
        metadata.AddTypeDefinition(default, default, metadata.GetOrAddString("<Module>"), default, firstField, firstMethod);
        foreach (var type in types)
        {
            var dot = type.LastIndexOf('.');
            metadata.AddTypeDefinition(TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class,
                metadata.GetOrAddString(type.Substring(0, dot)), metadata.GetOrAddString(type.Substring(dot + 1)), baseType, firstField, firstMethod);
        }

        var image = new BlobBuilder();
        new ManagedPEBuilder(PEHeaderBuilder.CreateLibraryHeader(), new MetadataRootBuilder(metadata), new BlobBuilder()).Serialize(image);
        File.WriteAllBytes(path, image.ToArray());
    }
}
