using System;
using System.Collections.Generic;
using System.ServiceModel;
using LocalOrg.Pipeline;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Tests.TestSupport;

/// <summary>Short Arrange: organizations, steps and rows the tests share.</summary>
internal static class Orgs
{
    internal const string Account = "account";
    internal const string Contact = "contact";

    internal static LocalOrganization CreateSut(AsyncMode mode = AsyncMode.Queued) => new(new LocalOrganizationOptions { AsyncMode = mode });

    internal static Guid RegisterStep(
        this LocalOrganization org,
        string name,
        string message,
        PluginStage stage,
        Action<PluginKit> execute,
        string? table = Account,
        StepMode mode = StepMode.Synchronous,
        int rank = 1,
        IReadOnlyList<string>? filteringAttributes = null,
        IReadOnlyList<StepImage>? images = null,
        Guid? runAs = null) =>
        org.RegisterStep(new StepRegistration
        {
            Name = name,
            MessageName = message,
            PrimaryEntityName = table,
            Stage = stage,
            Mode = mode,
            Rank = rank,
            FilteringAttributes = filteringAttributes ?? Array.Empty<string>(),
            Images = images ?? Array.Empty<StepImage>(),
            RunAsUserId = runAs,
            Plugin = (_, _) => new DelegatePlugin(execute),
        });

    internal static Entity NewAccount(string name, int employees = 0) => new(Account) { ["name"] = name, ["numberofemployees"] = employees };

    /// <summary>Runs <paramref name="action"/> and returns the fault it must throw.</summary>
    internal static OrganizationServiceFault Fault(Action action) =>
        Assert.Throws<FaultException<OrganizationServiceFault>>(action)!.Detail;
}
