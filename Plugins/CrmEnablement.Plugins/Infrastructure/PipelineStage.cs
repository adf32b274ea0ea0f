namespace CrmEnablement.Plugins.Infrastructure;

/// <summary>Where in the event pipeline a step runs (<c>sdkmessageprocessingstep.stage</c>).</summary>
public enum PipelineStage
{
    PreValidation = 10,
    PreOperation = 20,
    /// <summary>The main operation: where a Custom API's plugin runs.</summary>
    MainOperation = 30,
    PostOperation = 40,
}
