namespace Microsoft.Xrm.Sdk;

/// <summary>The execution context a plugin step receives.</summary>
public interface IPluginExecutionContext : IExecutionContext
{
    /// <summary>The pipeline stage: 10 pre-validation, 20 pre-operation, 40 post-operation.</summary>
    /// <remarks>Its syntax is from the decompiled assembly (Learn lists the name only).</remarks>
    int Stage { get; }

    /// <summary>The context of the operation that triggered this one, if any.</summary>
    IPluginExecutionContext ParentContext { get; }
}
