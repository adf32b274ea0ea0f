using System;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Tests.TestSupport;

/// <summary>A plugin whose Execute is a lambda, so a test states what the step does where it registers it.</summary>
internal sealed class DelegatePlugin : IPlugin
{
    private readonly Action<PluginKit> _execute;

    internal DelegatePlugin(Action<PluginKit> execute)
    {
        _execute = execute;
    }

    public void Execute(IServiceProvider serviceProvider) => _execute(new PluginKit(serviceProvider));
}
