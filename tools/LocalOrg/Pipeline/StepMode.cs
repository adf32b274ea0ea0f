namespace LocalOrg.Pipeline;

/// <summary>How a step runs (sdkmessageprocessingstep.mode; the context's Mode).</summary>
public enum StepMode
{
    /// <summary>0: inside the operation; an exception aborts it.</summary>
    Synchronous = 0,

    /// <summary>1: queued as a system job after the operation commits; PostOperation only.</summary>
    Asynchronous = 1,
}
