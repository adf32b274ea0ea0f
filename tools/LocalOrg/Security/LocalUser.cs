using System;
using System.Collections.Generic;

namespace LocalOrg.Security;

/// <summary>A user of the organization (also a <c>systemuser</c> row with the same id and <c>fullname</c>).</summary>
/// <param name="Id">The systemuserid.</param>
/// <param name="Name">The full name.</param>
/// <param name="IsAdministrator">True for a user with every privilege at Organization depth (the System Administrator role).</param>
/// <param name="Roles">The user's security roles.</param>
public sealed record LocalUser(Guid Id, string Name, bool IsAdministrator, IReadOnlyList<SecurityRole> Roles);
