using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests.Surface;

/// <summary>Compares the compiled stand-in with the reference's shape of every type, both ways:
/// everything recorded is declared as recorded, and nothing is declared that is not recorded.</summary>
public class SurfaceTests
{
    private static readonly Assembly StandIn = typeof(Entity).Assembly;

    private static IEnumerable<TypeShape> Shapes() => ExpectedSurface.All();

    [Test]
    public void Assembly_Name_IsMicrosoftXrmSdk()
    {
        Assert.That(StandIn.GetName().Name, Is.EqualTo("Microsoft.Xrm.Sdk"));
    }

    [Test]
    public void Assembly_PublicTypes_AreExactlyTheTabledOnes()
    {
        var tabled = Shapes().Select(s => s.FullName).ToHashSet();
        var declared = StandIn.GetExportedTypes().Select(t => t.FullName!).ToHashSet();

        var invented = declared.Except(tabled).OrderBy(n => n, StringComparer.Ordinal).ToList();
        var missing = tabled.Except(declared).OrderBy(n => n, StringComparer.Ordinal).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(invented, Is.Empty, "public types the reference table does not list:\n  " + string.Join("\n  ", invented));
            Assert.That(missing, Is.Empty, "tabled types the stand-in does not declare:\n  " + string.Join("\n  ", missing));
        });
    }

    [Test]
    public void Table_ListsEachTypeAndMemberOnce()
    {
        var shapes = Shapes().ToList();
        var duplicateTypes = shapes.GroupBy(s => s.FullName).Where(g => g.Count() > 1).Select(g => g.Key);
        var duplicateMembers = shapes.SelectMany(s => s.Members.GroupBy(m => m).Where(g => g.Count() > 1).Select(g => s.FullName + ": " + g.Key));

        Assert.That(duplicateTypes.Concat(duplicateMembers), Is.Empty);
    }

    [TestCaseSource(nameof(Shapes))]
    public void Declaration_MatchesReference(TypeShape expected)
    {
        var type = Find(expected);

        Assert.That(ShapeReader.Declaration(type), Is.EqualTo(expected.Declaration), "declaration of " + expected.FullName);
    }

    [TestCaseSource(nameof(Shapes))]
    public void Members_RecordedInReference_AreDeclared(TypeShape expected)
    {
        var actual = ShapeReader.Members(Find(expected));

        var missing = expected.Members.Except(actual).ToList();

        Assert.That(missing, Is.Empty, Diff(expected, "expected by the reference but not declared", missing, actual));
    }

    [TestCaseSource(nameof(Shapes))]
    public void Members_Declared_AreAllInReference(TypeShape expected)
    {
        var actual = ShapeReader.Members(Find(expected));

        var invented = actual.Except(expected.Members).ToList();

        Assert.That(invented, Is.Empty, Diff(expected, "declared but not in the reference (invented or mistyped)", invented, actual));
    }

    private static Type Find(TypeShape expected)
    {
        var type = StandIn.GetType(expected.FullName);
        Assert.That(type, Is.Not.Null, expected.FullName + " is not declared");
        return type!;
    }

    private static string Diff(TypeShape expected, string what, IEnumerable<string> lines, IEnumerable<string> actual) =>
        expected.FullName + ": " + what + ":\n  " + string.Join("\n  ", lines)
        + "\nall visible members declared:\n  " + string.Join("\n  ", actual.OrderBy(m => m, StringComparer.Ordinal));
}
