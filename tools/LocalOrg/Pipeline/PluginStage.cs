namespace LocalOrg.Pipeline;

/// <summary>The event-pipeline stages a step can be registered in (sdkmessageprocessingstep.stage).</summary>
public enum PluginStage
{
    /// <summary>10: before the security checks; at Depth 1 outside the transaction.</summary>
    PreValidation = 10,

    /// <summary>20: inside the transaction, before the main operation; may still change the Target.</summary>
    PreOperation = 20,

    /// <summary>30: the main operation itself; only a Custom API's plugin runs here, never a registered step.</summary>
    MainOperation = 30,

    /// <summary>40: after the main operation; OutputParameters and post-images are available.</summary>
    PostOperation = 40,
}
