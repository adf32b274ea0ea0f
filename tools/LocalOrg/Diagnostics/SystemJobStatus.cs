namespace LocalOrg.Diagnostics;

/// <summary>Where an asynchronous step's system job stands (the platform's asyncoperation status, simplified).</summary>
public enum SystemJobStatus
{
    /// <summary>Queued, not run yet: call <see cref="LocalOrganization.DrainAsync"/>.</summary>
    Waiting,

    /// <summary>The plugin ran and returned.</summary>
    Succeeded,

    /// <summary>The plugin threw; <see cref="SystemJob.ErrorMessage"/> says what.</summary>
    Failed,
}
