using Microsoft.Xrm.Sdk;

namespace CrmEnablement.Plugins.Infrastructure;

/// <summary>The rows a step's context carries, or null where the message or registration gives none.</summary>
public static class ContextRows
{
    /// <summary>The input parameter holding the row of a Create or Update (an EntityReference on Delete).</summary>
    public const string TargetParameter = "Target";

    /// <summary>The Target when it is a row (Create, Update), else null.</summary>
    public static Entity? Target(IPluginExecutionContext context) =>
        context.InputParameters.Contains(TargetParameter) ? context.InputParameters[TargetParameter] as Entity : null;

    /// <summary>The Target row of a Create or Update step, which the platform always passes.</summary>
    /// <exception cref="InvalidPluginExecutionException">The context carries no Target row.</exception>
    public static Entity RequiredTarget(IPluginExecutionContext context) =>
        Target(context) ?? throw new InvalidPluginExecutionException(PluginTexts.MissingParameter(TargetParameter));

    /// <summary>The pre-image registered under <paramref name="alias"/>, or null.</summary>
    public static Entity? PreImage(IPluginExecutionContext context, string alias) =>
        context.PreEntityImages.Contains(alias) ? context.PreEntityImages[alias] : null;

    /// <summary>The post-image registered under <paramref name="alias"/>, or null.</summary>
    public static Entity? PostImage(IPluginExecutionContext context, string alias) =>
        context.PostEntityImages.Contains(alias) ? context.PostEntityImages[alias] : null;
}
