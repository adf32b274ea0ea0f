using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;

namespace XrmStandIn.Tests.Surface;

/// <summary>Reads a compiled type's declaration and its members visible outside the assembly
/// (public, protected, protected internal) as C#-like lines, to compare with a <see cref="TypeShape"/>.
/// Non-public accessors of a visible property are printed too, so "{ get; internal set; }" is
/// checked as written in the reference.</summary>
public static class ShapeReader
{
    private const BindingFlags Declared =
        BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    public static string Declaration(Type type)
    {
        var serializable = type.IsClass && type.IsDefined(typeof(SerializableAttribute), false) ? "[Serializable] " : string.Empty;
        var name = type.IsGenericTypeDefinition ? TypeNameWriter.WriteGeneric(type.Name, type.GetGenericArguments()) : type.Name;
        var line = serializable + "public " + Modifiers(type) + Kind(type) + " " + name;
        var bases = Bases(type).ToList();
        return bases.Count == 0 ? line : line + " : " + string.Join(", ", bases);
    }

    public static IReadOnlyList<string> Members(Type type)
    {
        var lines = new List<string>();
        foreach (var member in type.GetMembers(Declared))
        {
            var line = member switch
            {
                ConstructorInfo ctor when IsVisible(ctor) => Constructor(type, ctor),
                MethodInfo method when IsVisible(method) && !IsAccessor(method) => Method(type, method),
                PropertyInfo property when property.GetAccessors(true).Any(IsVisible) => Property(type, property),
                FieldInfo field when type.IsEnum && field.IsLiteral => field.Name + " = " + Convert.ToInt64(field.GetRawConstantValue()),
                FieldInfo field when IsVisible(field) && !field.IsSpecialName => Access(field) + (field.IsStatic ? " static" : string.Empty) + (field.IsInitOnly ? " readonly" : string.Empty) + " " + TypeNameWriter.Write(field.FieldType) + " " + field.Name,
                EventInfo e when e.AddMethod != null && IsVisible(e.AddMethod) => Access(e.AddMethod) + " event " + TypeNameWriter.Write(e.EventHandlerType!) + " " + e.Name,
                Type nested when nested.IsNestedPublic || nested.IsNestedFamily || nested.IsNestedFamORAssem => "nested " + Declaration(nested),
                _ => null,
            };
            if (line != null)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static string Kind(Type type) =>
        type.IsInterface ? "interface" : type.IsEnum ? "enum" : type.IsValueType ? "struct" : "class";

    private static string Modifiers(Type type)
    {
        if (!type.IsClass)
        {
            return string.Empty;
        }

        return type.IsAbstract && type.IsSealed ? "static " : type.IsAbstract ? "abstract " : type.IsSealed ? "sealed " : string.Empty;
    }

    private static IEnumerable<string> Bases(Type type)
    {
        if (type.IsEnum)
        {
            var underlying = Enum.GetUnderlyingType(type);
            return underlying == typeof(int) ? [] : [TypeNameWriter.Write(underlying)];
        }

        // Only the interfaces this type adds, not those it inherits from its base class.
        var inherited = type.BaseType?.GetInterfaces() ?? [];
        var interfaces = type.GetInterfaces().Except(inherited).Select(TypeNameWriter.Write).OrderBy(n => n, StringComparer.Ordinal);
        var baseClass = type.IsClass && type.BaseType != typeof(object) ? [TypeNameWriter.Write(type.BaseType!)] : Array.Empty<string>();
        return baseClass.Concat(interfaces);
    }

    private static string Constructor(Type type, ConstructorInfo ctor) =>
        Access(ctor) + " " + TypeNameWriter.WithoutArity(type.Name) + "(" + Parameters(ctor) + ")";

    private static string Method(Type type, MethodInfo method)
    {
        var prefix = type.IsInterface ? string.Empty : Access(method) + MethodModifiers(method) + " ";
        var name = method.IsGenericMethodDefinition ? TypeNameWriter.WriteGeneric(method.Name, method.GetGenericArguments()) : method.Name;
        return prefix + TypeNameWriter.Write(method.ReturnType) + " " + name + "(" + Parameters(method) + ")" + Constraints(method);
    }

    private static string Property(Type type, PropertyInfo property)
    {
        var accessors = property.GetAccessors(true);
        var main = accessors.OrderByDescending(Rank).First();
        var prefix = type.IsInterface ? string.Empty : Access(main) + MethodModifiers(main) + " ";
        var indexParameters = property.GetIndexParameters();
        var name = indexParameters.Length == 0 ? property.Name : "this[" + string.Join(", ", indexParameters.Select(Parameter)) + "]";
        var parts = new List<string>();
        AddAccessor(parts, "get", property.GetMethod, main);
        AddAccessor(parts, "set", property.SetMethod, main);
        return prefix + TypeNameWriter.Write(property.PropertyType) + " " + name + " { " + string.Join(" ", parts) + " }";
    }

    private static void AddAccessor(List<string> parts, string keyword, MethodInfo? accessor, MethodInfo main)
    {
        if (accessor == null)
        {
            return;
        }

        var access = Access(accessor) == Access(main) ? string.Empty : Access(accessor) + " ";
        parts.Add(access + keyword + ";");
    }

    private static string MethodModifiers(MethodInfo method)
    {
        if (method.IsStatic)
        {
            return " static";
        }

        if (method.IsAbstract)
        {
            return " abstract";
        }

        var overrides = method.GetBaseDefinition().DeclaringType != method.DeclaringType;
        if (!method.IsVirtual)
        {
            return string.Empty;
        }

        // A non-virtual C# method that implements an interface is "virtual final" in IL.
        if (method.IsFinal)
        {
            return overrides ? " sealed override" : string.Empty;
        }

        return overrides ? " override" : " virtual";
    }

    private static string Constraints(MethodInfo method)
    {
        if (!method.IsGenericMethodDefinition)
        {
            return string.Empty;
        }

        var clauses = method.GetGenericArguments()
            .Select(argument => (argument, constraints: ConstraintList(argument)))
            .Where(c => c.constraints.Count > 0)
            .Select(c => " where " + c.argument.Name + " : " + string.Join(", ", c.constraints));
        return string.Concat(clauses);
    }

    private static List<string> ConstraintList(Type argument)
    {
        var flags = argument.GenericParameterAttributes;
        var list = new List<string>();
        if (flags.HasFlag(GenericParameterAttributes.ReferenceTypeConstraint))
        {
            list.Add("class");
        }

        var isStruct = flags.HasFlag(GenericParameterAttributes.NotNullableValueTypeConstraint);
        if (isStruct)
        {
            list.Add("struct");
        }

        list.AddRange(argument.GetGenericParameterConstraints().Where(t => t != typeof(ValueType)).Select(TypeNameWriter.Write));
        if (flags.HasFlag(GenericParameterAttributes.DefaultConstructorConstraint) && !isStruct)
        {
            list.Add("new()");
        }

        return list;
    }

    private static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(Parameter));

    private static string Parameter(ParameterInfo parameter)
    {
        var modifier = parameter.ParameterType.IsByRef ? (parameter.IsOut ? "out " : parameter.IsIn ? "in " : "ref ")
            : parameter.IsDefined(typeof(ParamArrayAttribute), false) ? "params " : string.Empty;
        var text = modifier + TypeNameWriter.Write(parameter.ParameterType) + " " + parameter.Name;
        return parameter.HasDefaultValue ? text + " = " + DefaultValue(parameter.DefaultValue) : text;
    }

    private static string DefaultValue(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "null",
    };

    private static bool IsAccessor(MethodInfo method) =>
        method.IsSpecialName && (method.Name.StartsWith("get_", StringComparison.Ordinal) || method.Name.StartsWith("set_", StringComparison.Ordinal)
            || method.Name.StartsWith("add_", StringComparison.Ordinal) || method.Name.StartsWith("remove_", StringComparison.Ordinal));

    private static bool IsVisible(MethodBase method) => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly;

    private static bool IsVisible(FieldInfo field) => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly;

    // Orders accessors by reach, so a property is described by its most visible one.
    private static int Rank(MethodBase method) =>
        method.IsPublic ? 5 : method.IsFamilyOrAssembly ? 4 : method.IsFamily ? 3 : method.IsAssembly ? 2 : method.IsFamilyAndAssembly ? 1 : 0;

    private static string Access(MethodBase method) =>
        method.IsPublic ? "public" : method.IsFamilyOrAssembly ? "protected internal" : method.IsFamily ? "protected"
            : method.IsAssembly ? "internal" : method.IsFamilyAndAssembly ? "private protected" : "private";

    private static string Access(FieldInfo field) =>
        field.IsPublic ? "public" : field.IsFamilyOrAssembly ? "protected internal" : "protected";
}
