using System;

namespace CrmEnablement.Plugins.Tests.TestSupport;

/// <summary>The platform's service provider with one service swapped for what <c>replacement</c> gives (or throws).</summary>
internal sealed class AlteredServiceProvider : IServiceProvider
{
    private readonly IServiceProvider _inner;
    private readonly Type _serviceType;
    private readonly Func<object> _replacement;

    public AlteredServiceProvider(IServiceProvider inner, Type serviceType, Func<object> replacement)
    {
        _inner = inner;
        _serviceType = serviceType;
        _replacement = replacement;
    }

    public object? GetService(Type serviceType) => serviceType == _serviceType ? _replacement() : _inner.GetService(serviceType);
}
