using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using Microsoft.Xrm.Sdk.Query;

namespace LocalOrg.Tests.TestSupport;

/// <summary>
/// A small fixed data set for query tests: four accounts (Alpha, Beta, Gamma, Delta) with numbers,
/// text, choices, multi-select tags, money, dates and lookups, plus contacts linked to them.
/// </summary>
internal static class QueryData
{
    internal static readonly DateTime Day1 = new(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    internal static LocalOrganization Create()
    {
        var org = Orgs.CreateSut();
        var alpha = org.Seed(Account("Alpha", 10, 1, new[] { 1, 2 }, 100m, Day1))[0];
        var beta = org.Seed(Account("Beta", 20, 2, new[] { 2 }, 200m, Day1.AddDays(1)))[0];
        org.Seed(Account("Gamma", 30, 1, new[] { 3 }, 300m, Day1.AddDays(2)));
        org.Seed(new Entity(Orgs.Account) { ["name"] = "Delta" });
        org.Seed(
            Contact("Ann", alpha, "buyer"),
            Contact("Bob", alpha, "user"),
            Contact("Cid", beta, "buyer"),
            Contact("Dan", null, "buyer"));
        return org;
    }

    internal static IReadOnlyList<string> Names(this LocalOrganization org, QueryBase query, string column = "name") =>
        org.Service.RetrieveMultiple(query).Entities.Select(e => e.GetAttributeValue<string>(column)).ToList();

    internal static QueryExpression Accounts(params ConditionExpression[] conditions)
    {
        var query = new QueryExpression(Orgs.Account) { ColumnSet = new ColumnSet("name") };
        foreach (var condition in conditions)
        {
            query.Criteria.AddCondition(condition);
        }

        return query;
    }

    private static Entity Account(string name, int employees, int industry, int[] tags, decimal revenue, DateTime founded) => new(Orgs.Account)
    {
        ["name"] = name,
        ["numberofemployees"] = employees,
        ["industrycode"] = new OptionSetValue(industry),
        ["cen_tags"] = new OptionSetValueCollection(tags.Select(t => new OptionSetValue(t)).ToList()),
        ["revenue"] = new Money(revenue),
        ["founded"] = founded,
    };

    private static Entity Contact(string name, Guid? account, string role)
    {
        var contact = new Entity(Orgs.Contact) { ["fullname"] = name, ["role"] = role };
        if (account is Guid id)
        {
            contact["parentcustomerid"] = new EntityReference(Orgs.Account, id);
        }

        return contact;
    }
}
