using System;
using System.Linq;
using LocalOrg.Faults;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Pipeline;

/// <summary>
/// A step as the organization holds it: its registration, id, registration order, and the plugin
/// instance, made on first use and then reused, as the platform caches plugin instances (which is
/// what makes per-call state in a plugin's fields a bug the tests can catch).
/// </summary>
internal sealed class RegisteredStep
{
    private IPlugin? _plugin;

    internal RegisteredStep(StepRegistration registration, Guid id, int order)
    {
        Registration = registration;
        Id = id;
        Order = order;
    }

    internal StepRegistration Registration { get; }

    internal Guid Id { get; }

    internal int Order { get; }

    internal string Name => Registration.Name;

    internal IPlugin Plugin => _plugin ??= Create();

    internal bool IsFor(string messageName, string primaryEntityName, PluginStage stage)
    {
        var table = Registration.PrimaryEntityName;
        return Registration.Stage == stage
            && string.Equals(Registration.MessageName, messageName, StringComparison.OrdinalIgnoreCase)
            && (string.IsNullOrEmpty(table) || string.Equals(table, "none", StringComparison.OrdinalIgnoreCase)
                || string.Equals(table, primaryEntityName, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>An Update step with filtering attributes runs only when the Target sets one of them.</summary>
    internal bool PassesFilter(string messageName, Entity? target) =>
        Registration.FilteringAttributes.Count == 0
        || !string.Equals(messageName, MessageNames.Update, StringComparison.OrdinalIgnoreCase)
        || (target != null && Registration.FilteringAttributes.Any(target.Attributes.ContainsKey));

    /// <summary>The constructor the platform would call: (unsecure, secure), else (unsecure), else none.</summary>
    internal static Func<IPlugin>? ConstructorOf(Type type, string? unsecure, string? secure)
    {
        if (type.GetConstructor(new[] { typeof(string), typeof(string) }) is { } both)
        {
            return () => (IPlugin)both.Invoke(new object?[] { unsecure, secure });
        }

        if (type.GetConstructor(new[] { typeof(string) }) is { } one)
        {
            return () => (IPlugin)one.Invoke(new object?[] { unsecure });
        }

        return type.GetConstructor(Type.EmptyTypes) is { } none ? () => (IPlugin)none.Invoke(null) : null;
    }

    private IPlugin Create()
    {
        var registration = Registration;
        if (registration.Plugin != null)
        {
            return registration.Plugin(registration.UnsecureConfiguration, registration.SecureConfiguration);
        }

        var type = registration.PluginType!;
        var constructor = ConstructorOf(type, registration.UnsecureConfiguration, registration.SecureConfiguration)
            ?? throw new InvalidOperationException(string.Format(System.Globalization.CultureInfo.InvariantCulture, FaultMessages.NoPluginConstructor, type.FullName));
        return constructor();
    }
}
