using System.Collections.Generic;

namespace XrmStandIn.Tests.Surface;

/// <summary>The public shape of one SDK type as the reference records it: its declaration line
/// and one line per member visible outside the assembly, written the way
/// <see cref="ShapeReader"/> prints them from the compiled stand-in.</summary>
public sealed class TypeShape
{
    public TypeShape(string fullName, string declaration, params string[] members)
    {
        FullName = fullName;
        Declaration = declaration;
        Members = members;
    }

    /// <summary>The CLR name, e.g. "Microsoft.Xrm.Sdk.DataCollection`2".</summary>
    public string FullName { get; }

    /// <summary>E.g. "public sealed class EntityReference : IExtensibleDataObject".</summary>
    public string Declaration { get; }

    /// <summary>E.g. "public FormattedValueCollection FormattedValues { get; internal set; }".</summary>
    public IReadOnlyList<string> Members { get; }

    // Names the test case after the type instead of dumping every member.
    public override string ToString() => FullName;
}
