using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests.TestSupport;

/// <summary>A second early-bound row, for related-row and ToEntity tests.</summary>
public sealed class ContactRow : Entity
{
    public const string TableName = "contact";

    public ContactRow()
        : base(TableName)
    {
    }
}
