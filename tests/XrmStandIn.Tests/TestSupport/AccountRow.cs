using System;
using System.Collections.Generic;
using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests.TestSupport;

/// <summary>An early-bound row as generated code writes one: it sets its table in the
/// constructor and reaches the protected Entity helpers through its properties.</summary>
public sealed class AccountRow : Entity
{
    public const string TableName = "account";

    public AccountRow()
        : base(TableName)
    {
    }

    public string? Name
    {
        get => GetAttributeValue<string>("name");
        set => SetAttributeValue("name", value);
    }

    public string? IndustryLabel => GetFormattedAttributeValue("industrycode");

    public IEnumerable<ContactRow>? Contacts
    {
        get => GetRelatedEntities<ContactRow>("contact_customer_accounts", null);
        set => SetRelatedEntities("contact_customer_accounts", null, value);
    }

    public ContactRow? PrimaryContact
    {
        get => GetRelatedEntity<ContactRow>("account_primary_contact", EntityRole.Referencing);
        set => SetRelatedEntity("account_primary_contact", EntityRole.Referencing, value);
    }

    public static AccountRow WithId(Guid id) => new() { Id = id };
}
