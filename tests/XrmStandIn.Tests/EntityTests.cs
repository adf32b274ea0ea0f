using System;
using System.Collections.Generic;
using System.Linq;
using Microsoft.Xrm.Sdk;
using XrmStandIn.Tests.TestSupport;

namespace XrmStandIn.Tests;

public class EntityTests
{
    private static readonly Guid RowId = new("0d5e2c3a-1b7f-4c52-9a1e-0a0b0c0d0e0f");

    [Test]
    public void GetAttributeValue_MissingColumn_ReturnsDefault()
    {
        var row = new Entity("opportunity");

        Assert.Multiple(() =>
        {
            Assert.That(row.GetAttributeValue<EntityReference>("parentaccountid"), Is.Null);
            Assert.That(row.GetAttributeValue<DateTime>("estimatedclosedate"), Is.EqualTo(DateTime.MinValue));
            Assert.That(row.GetAttributeValue<int>("salesstage"), Is.EqualTo(0));
            Assert.That(row.GetAttributeValue<OptionSetValue>("statuscode"), Is.Null);
            Assert.That(row.GetAttributeValue<bool?>("isrevenuesystemcalculated"), Is.Null);
        });
    }

    [Test]
    public void GetAttributeValue_PresentNull_ReturnsDefault()
    {
        var row = new Entity("opportunity") { ["budgetamount"] = null };

        Assert.That(row.GetAttributeValue<decimal>("budgetamount"), Is.EqualTo(0m));
    }

    [Test]
    public void GetAttributeValue_PresentValue_ReturnsIt()
    {
        var account = new EntityReference("account", RowId);
        var row = new Entity("opportunity") { ["parentaccountid"] = account };

        Assert.That(row.GetAttributeValue<EntityReference>("parentaccountid"), Is.SameAs(account));
    }

    [Test]
    public void GetAttributeValue_WrongType_Throws()
    {
        var row = new Entity("opportunity") { ["name"] = "Fabrikam renewal" };

        Assert.Throws<InvalidCastException>(() => row.GetAttributeValue<int>("name"));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("  ")]
    public void GetAttributeValue_BlankName_ThrowsArgumentNull(string? name)
    {
        Assert.Throws<ArgumentNullException>(() => new Entity("account").GetAttributeValue<string>(name!));
    }

    [Test]
    public void Indexer_MissingColumn_ThrowsKeyNotFound()
    {
        var row = new Entity("account");

        Assert.Throws<KeyNotFoundException>(() => _ = row["name"]);
    }

    [Test]
    public void Indexer_Set_StoresInAttributes()
    {
        var row = new Entity("account") { ["name"] = "Contoso" };

        Assert.Multiple(() =>
        {
            Assert.That(row.Attributes["name"], Is.EqualTo("Contoso"));
            Assert.That(row["name"], Is.EqualTo("Contoso"));
        });
    }

    [Test]
    public void Contains_NullValue_CountsAsPresent()
    {
        var row = new Entity("account") { ["telephone1"] = null };

        Assert.Multiple(() =>
        {
            Assert.That(row.Contains("telephone1"), Is.True);
            Assert.That(row.Contains("fax"), Is.False);
        });
    }

    [Test]
    public void TryGetAttributeValue_PresentOfType_ReturnsTrueAndValue()
    {
        var row = new Entity("account") { ["numberofemployees"] = 250 };

        var found = row.TryGetAttributeValue("numberofemployees", out int employees);

        Assert.Multiple(() =>
        {
            Assert.That(found, Is.True);
            Assert.That(employees, Is.EqualTo(250));
        });
    }

    [Test]
    public void TryGetAttributeValue_MissingOrNull_ReturnsFalse()
    {
        var row = new Entity("account") { ["fax"] = null };

        Assert.Multiple(() =>
        {
            Assert.That(row.TryGetAttributeValue("name", out string? _), Is.False);
            Assert.That(row.TryGetAttributeValue("fax", out string? _), Is.False);
        });
    }

    [Test]
    public void TryGetAttributeValue_Convertible_ConvertsLikeTheSdk()
    {
        var row = new Entity("account") { ["numberofemployees"] = "42", ["name"] = "Contoso" };

        Assert.Multiple(() =>
        {
            Assert.That(row.TryGetAttributeValue("numberofemployees", out int employees) && employees == 42, Is.True);
            Assert.That(row.TryGetAttributeValue("name", out int _), Is.False);
        });
    }

    [Test]
    public void ToEntityReference_CopiesTableIdAndRowVersion()
    {
        var row = new Entity("account", RowId) { RowVersion = "7781" };

        var reference = row.ToEntityReference();

        Assert.Multiple(() =>
        {
            Assert.That(reference.LogicalName, Is.EqualTo("account"));
            Assert.That(reference.Id, Is.EqualTo(RowId));
            Assert.That(reference.RowVersion, Is.EqualTo("7781"));
            Assert.That(reference, Is.EqualTo(new EntityReference("account", RowId)));
        });
    }

    [Test]
    public void ToEntity_AsEntity_IsShallowCopySharingAttributes()
    {
        var row = new Entity("account", RowId) { ["name"] = "Contoso" };

        var copy = row.ToEntity<Entity>();
        copy["name"] = "Changed";

        Assert.Multiple(() =>
        {
            Assert.That(copy, Is.Not.SameAs(row));
            Assert.That(copy.Id, Is.EqualTo(RowId));
            Assert.That(row["name"], Is.EqualTo("Changed"));
        });
    }

    [Test]
    public void ToEntity_EarlyBoundOfSameTable_CopiesValues()
    {
        var row = new Entity(AccountRow.TableName, RowId) { ["name"] = "Contoso" };

        var account = row.ToEntity<AccountRow>();

        Assert.Multiple(() =>
        {
            Assert.That(account.Name, Is.EqualTo("Contoso"));
            Assert.That(account.Id, Is.EqualTo(RowId));
        });
    }

    [Test]
    public void ToEntity_EarlyBoundOfOtherTable_ThrowsNotSupported()
    {
        var row = new Entity(ContactRow.TableName, RowId);

        Assert.Throws<NotSupportedException>(() => row.ToEntity<AccountRow>());
    }

    [Test]
    public void Equals_SameTableAndId_IsStillReferenceEquality()
    {
        Assert.That(new Entity("account", RowId), Is.Not.EqualTo(new Entity("account", RowId)));
    }

    [Test]
    public void Constructor_WithKey_FillsKeyAttributes()
    {
        var row = new Entity("account", "accountnumber", "AC-1001");

        Assert.That(row.KeyAttributes["accountnumber"], Is.EqualTo("AC-1001"));
    }

    [Test]
    public void SetAttributeValue_FromEarlyBound_WritesAttribute()
    {
        var account = new AccountRow { Name = "Contoso" };

        Assert.That(account["name"], Is.EqualTo("Contoso"));
    }

    [Test]
    public void GetFormattedAttributeValue_ReadsFormattedValues()
    {
        var account = new AccountRow();
        account.FormattedValues.Add("industrycode", "Insurance");

        Assert.That(account.IndustryLabel, Is.EqualTo("Insurance"));
    }

    [Test]
    public void SetRelatedEntities_ThenGet_RoundTripsUnderRelationship()
    {
        var account = new AccountRow { Contacts = [new ContactRow(), new ContactRow()] };

        var stored = account.RelatedEntities[new Relationship("contact_customer_accounts")];

        Assert.Multiple(() =>
        {
            Assert.That(account.Contacts!.Count(), Is.EqualTo(2));
            Assert.That(stored.EntityName, Is.EqualTo(ContactRow.TableName));
        });
    }

    [Test]
    public void SetRelatedEntity_Null_RemovesRelationship()
    {
        var account = new AccountRow { PrimaryContact = new ContactRow() };

        account.PrimaryContact = null;

        Assert.Multiple(() =>
        {
            Assert.That(account.PrimaryContact, Is.Null);
            Assert.That(account.RelatedEntities.Count, Is.EqualTo(0));
        });
    }
}
