using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LocalOrg.Faults;

namespace LocalOrg.Pipeline;

/// <summary>
/// The registered steps: validates each registration against the platform's rules when it is
/// made (so a wrong registration fails in the test that makes it), and lists the steps of a stage
/// in execution order (rank, then registration order).
/// </summary>
internal sealed class StepRegistry
{
    private readonly List<RegisteredStep> _steps = new();

    internal RegisteredStep Register(StepRegistration registration, Guid id, Func<Guid, bool> userExists)
    {
        Validate(registration, userExists);
        var step = new RegisteredStep(registration, id, _steps.Count);
        _steps.Add(step);
        return step;
    }

    internal IReadOnlyList<RegisteredStep> For(string messageName, string primaryEntityName, PluginStage stage) =>
        _steps.Where(s => s.IsFor(messageName, primaryEntityName, stage))
            .OrderBy(s => s.Registration.Rank)
            .ThenBy(s => s.Order)
            .ToList();

    private static void Validate(StepRegistration step, Func<Guid, bool> userExists)
    {
        string? broken = null;
        if (string.IsNullOrWhiteSpace(step.Name) || string.IsNullOrWhiteSpace(step.MessageName))
        {
            throw new ArgumentException("A step needs a Name and a MessageName.", nameof(step));
        }

        if (step.Stage is not (PluginStage.PreValidation or PluginStage.PreOperation or PluginStage.PostOperation))
        {
            broken = Format(FaultMessages.InvalidStage, (int)step.Stage);
        }
        else if (step.Mode == StepMode.Asynchronous && step.Stage != PluginStage.PostOperation)
        {
            broken = Format(FaultMessages.AsyncOnlyPostOperation, (int)step.Stage);
        }
        else if (step.Plugin is null && step.PluginType is null)
        {
            broken = FaultMessages.NoPlugin;
        }
        else if (step.Plugin is null && RegisteredStep.ConstructorOf(step.PluginType!, null, null) is null)
        {
            broken = Format(FaultMessages.NoPluginConstructor, step.PluginType!.FullName);
        }
        else if (step.RunAsUserId is { } runAs && !userExists(runAs))
        {
            broken = Format(FaultMessages.UnknownUser, runAs);
        }
        else
        {
            broken = ImageProblem(step);
        }

        if (broken != null)
        {
            throw new ArgumentException(Format(FaultMessages.InvalidStep, step.Name, broken), nameof(step));
        }
    }

    private static string? ImageProblem(StepRegistration step)
    {
        if (step.Images.Count == 0)
        {
            return null;
        }

        if (!MessageNames.SupportsImages(step.MessageName))
        {
            return Format(FaultMessages.ImagesNotSupported, step.MessageName);
        }

        if (MessageNames.Is(step.MessageName, MessageNames.Create) && step.Images.Any(i => i.IsPre))
        {
            return FaultMessages.NoPreImageOnCreate;
        }

        if (MessageNames.Is(step.MessageName, MessageNames.Delete) && step.Images.Any(i => i.IsPost))
        {
            return FaultMessages.NoPostImageOnDelete;
        }

        return step.Stage != PluginStage.PostOperation && step.Images.Any(i => i.IsPost) ? FaultMessages.PostImageOnlyPostOperation : null;
    }

    private static string Format(string format, params object?[] args) => string.Format(CultureInfo.InvariantCulture, format, args);
}
