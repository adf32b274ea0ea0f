using CrmEnablement.Plugins.Dataverse;
using LocalOrg.Security;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>The Enablement User security role as the solution ships it, plus what a salesperson has out of the box.</summary>
internal static class EnablementUserRole
{
    public const string Name = "Enablement User";

    public static SecurityRole Create()
    {
        var role = new SecurityRole(Name);
        foreach (var table in new[]
        {
            ContentSchema.Table, OpportunitySchema.Table, RelatedSchema.Account, RelatedSchema.Contact, RelatedSchema.Connection,
            RelatedSchema.ConnectionRole, RelatedSchema.SalesProcess, RelatedSchema.ProcessStage, EnvironmentVariableSchema.Definition,
            EnvironmentVariableSchema.Value, SuggestionSchema.Table, "systemuser",
        })
        {
            role.Grant(table, PrivilegeDepth.Organization, Privilege.Read);
        }

        role.Grant(OpportunitySchema.Table, PrivilegeDepth.Organization, Privilege.Write, Privilege.Append, Privilege.AppendTo, Privilege.Create);
        role.Grant(RelatedSchema.Account, PrivilegeDepth.Organization, Privilege.AppendTo);
        role.Grant("opportunityclose", PrivilegeDepth.Organization, Privilege.Create, Privilege.Append);
        role.Grant(InteractionSchema.Table, PrivilegeDepth.User, Privilege.Create, Privilege.Read, Privilege.Append);
        role.Grant(ContentSchema.Table, PrivilegeDepth.Organization, Privilege.AppendTo);
        role.Grant("systemuser", PrivilegeDepth.Organization, Privilege.AppendTo);
        return role;
    }
}
