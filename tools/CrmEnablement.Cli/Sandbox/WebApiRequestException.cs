using System;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>A request the sandbox's Web API cannot make sense of (answered 400, as Dataverse would).</summary>
public sealed class WebApiRequestException : Exception
{
    public WebApiRequestException(string message)
        : base(message)
    {
    }
}
