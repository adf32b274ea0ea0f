using System;
using System.Collections.Generic;
using System.Linq;

namespace XrmStandIn.Tests.Surface;

/// <summary>Writes a type the way C# source names it: keywords, <c>T?</c>, generic arguments,
/// no namespaces (the SDK's surface has no two types of one name).</summary>
public static class TypeNameWriter
{
    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void",
        [typeof(object)] = "object",
        [typeof(string)] = "string",
        [typeof(bool)] = "bool",
        [typeof(byte)] = "byte",
        [typeof(char)] = "char",
        [typeof(short)] = "short",
        [typeof(int)] = "int",
        [typeof(long)] = "long",
        [typeof(float)] = "float",
        [typeof(double)] = "double",
        [typeof(decimal)] = "decimal",
    };

    public static string Write(Type type)
    {
        if (type.IsByRef)
        {
            return Write(type.GetElementType()!);
        }

        if (type.IsArray)
        {
            return Write(type.GetElementType()!) + "[]";
        }

        if (Keywords.TryGetValue(type, out var keyword))
        {
            return keyword;
        }

        var nullable = Nullable.GetUnderlyingType(type);
        if (nullable != null)
        {
            return Write(nullable) + "?";
        }

        return type.IsGenericType ? WriteGeneric(type.Name, type.GetGenericArguments()) : type.Name;
    }

    /// <summary>"Name&lt;A, B&gt;" from a CLR name such as "DataCollection`2".</summary>
    public static string WriteGeneric(string clrName, IEnumerable<Type> arguments)
    {
        var tick = clrName.IndexOf('`');
        var name = tick < 0 ? clrName : clrName.Substring(0, tick);
        return name + "<" + string.Join(", ", arguments.Select(Write)) + ">";
    }

    /// <summary>The name without generic arity, as constructors are written.</summary>
    public static string WithoutArity(string clrName)
    {
        var tick = clrName.IndexOf('`');
        return tick < 0 ? clrName : clrName.Substring(0, tick);
    }
}
