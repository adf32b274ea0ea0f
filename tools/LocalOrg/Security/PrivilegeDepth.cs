namespace LocalOrg.Security;

/// <summary>
/// How far a privilege reaches. LocalOrg has one business unit, so the platform's Basic, Local,
/// Deep and Global collapse to these three.
/// </summary>
public enum PrivilegeDepth
{
    /// <summary>Not granted.</summary>
    None = 0,

    /// <summary>Rows the user owns (ownerid is the user).</summary>
    User = 1,

    /// <summary>Every row of the table.</summary>
    Organization = 2,
}
