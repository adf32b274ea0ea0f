using CrmEnablement.Plugins.Dataverse;
using LocalOrg.Security;

namespace CrmEnablement.LocalSolution;

/// <summary>The Enablement User security role as the solution ships it, plus what a salesperson has out of the box.</summary>
public static class EnablementUserRole
{
    public const string Name = "Enablement User";

    /// <summary>The role; <paramref name="contentRead"/> is how far reading (and linking to) content reaches.</summary>
    public static SecurityRole Create(PrivilegeDepth contentRead = PrivilegeDepth.Organization)
    {
        var role = new SecurityRole(Name);
        role.Grant(ContentSchema.Table, contentRead, Privilege.Read, Privilege.AppendTo);
        foreach (var table in new[]
        {
            OpportunitySchema.Table, RelatedSchema.Account, RelatedSchema.Contact, RelatedSchema.Connection,
            RelatedSchema.ConnectionRole, RelatedSchema.SalesProcess, RelatedSchema.ProcessStage, EnvironmentVariableSchema.Definition,
            EnvironmentVariableSchema.Value, RelatedSchema.SystemUser,
        })
        {
            role.Grant(table, PrivilegeDepth.Organization, Privilege.Read);
        }

        // Basic, as Solution/src/Roles ships it: a rep reads the suggestion rows of the deals they own.
        role.Grant(SuggestionSchema.Table, PrivilegeDepth.User, Privilege.Read);
        role.Grant(OpportunitySchema.Table, PrivilegeDepth.Organization, Privilege.Write, Privilege.Append, Privilege.AppendTo, Privilege.Create);
        role.Grant(RelatedSchema.Account, PrivilegeDepth.Organization, Privilege.AppendTo);
        // A salesperson keeps the buying committee and the process flow up to date themselves.
        role.Grant(RelatedSchema.Connection, PrivilegeDepth.Organization, Privilege.Create, Privilege.Write, Privilege.Delete, Privilege.Append);
        role.Grant(RelatedSchema.Contact, PrivilegeDepth.Organization, Privilege.Create, Privilege.Write, Privilege.AppendTo);
        role.Grant(RelatedSchema.ConnectionRole, PrivilegeDepth.Organization, Privilege.AppendTo);
        role.Grant(RelatedSchema.SalesProcess, PrivilegeDepth.Organization, Privilege.Write, Privilege.Append);
        role.Grant(RelatedSchema.ProcessStage, PrivilegeDepth.Organization, Privilege.AppendTo);
        role.Grant(OpportunityCloseSchema.Table, PrivilegeDepth.Organization, Privilege.Create, Privilege.Append);
        role.Grant(InteractionSchema.Table, PrivilegeDepth.User, Privilege.Create, Privilege.Read, Privilege.Append);
        role.Grant(RelatedSchema.SystemUser, PrivilegeDepth.Organization, Privilege.AppendTo);
        return role;
    }
}
