namespace LocalOrg.Diagnostics;

/// <summary>One line a plugin wrote to its <see cref="Microsoft.Xrm.Sdk.ITracingService"/>.</summary>
/// <param name="StepName">The step (or Custom API) that wrote it.</param>
/// <param name="Message">The formatted text.</param>
public sealed record TraceLine(string StepName, string Message);
