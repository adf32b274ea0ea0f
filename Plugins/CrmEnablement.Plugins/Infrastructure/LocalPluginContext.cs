using System;
using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Infrastructure;

/// <summary>
/// Resolves the platform services a plugin needs, failing clearly when one is missing. The user's
/// organization service is created on first use: creating it can fail (a disabled user, say), and by
/// then the execution context and tracer are in hand, so the failure is traced with its correlation id.
/// </summary>
public sealed class LocalPluginContext : ILocalPluginContext
{
    private readonly ITracingService _tracer;
    private IOrganizationService? _userService;

    /// <summary>Reads the services from <paramref name="serviceProvider"/>.</summary>
    /// <exception cref="InvalidPluginExecutionException">The platform did not supply a required service.</exception>
    public LocalPluginContext(IServiceProvider serviceProvider)
    {
        ServiceProvider = serviceProvider ?? throw new InvalidPluginExecutionException(PluginTexts.NoServiceProvider);
        ExecutionContext = Get<IPluginExecutionContext>();
        ServiceFactory = Get<IOrganizationServiceFactory>();
        _tracer = new ElapsedTracer(Get<ITracingService>());
    }

    /// <inheritdoc />
    public IServiceProvider ServiceProvider { get; }

    /// <inheritdoc />
    public IPluginExecutionContext ExecutionContext { get; }

    /// <inheritdoc />
    public IOrganizationService UserService => _userService ??= ServiceFactory.CreateOrganizationService(ExecutionContext.UserId);

    /// <inheritdoc />
    public IOrganizationServiceFactory ServiceFactory { get; }

    /// <inheritdoc />
    public void Trace(string message) => _tracer.Trace("{0}", message);

    private T Get<T>()
        where T : class =>
        ServiceProvider.GetService(typeof(T)) as T ?? throw new InvalidPluginExecutionException(PluginTexts.MissingService(typeof(T).Name));
}
