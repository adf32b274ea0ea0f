using System.Collections.Generic;

namespace CrmEnablement.Plugins.Infrastructure;

/// <summary>A row image a step asks the platform for.</summary>
/// <param name="Alias">The key the image has in Pre/PostEntityImages.</param>
/// <param name="Type">Before or after the operation (or both).</param>
/// <param name="Attributes">The columns the image holds.</param>
public sealed record StepImage(string Alias, ImageType Type, IReadOnlyList<string> Attributes);
