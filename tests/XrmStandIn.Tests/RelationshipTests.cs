using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests;

public class RelationshipTests
{
    [Test]
    public void Equals_SameNameAndRole_IsTrue()
    {
        var left = new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referenced };
        var right = new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referenced };

        Assert.Multiple(() =>
        {
            Assert.That(left, Is.EqualTo(right));
            Assert.That(left.GetHashCode(), Is.EqualTo(right.GetHashCode()));
        });
    }

    [Test]
    public void Equals_OtherRoleOrName_IsFalse()
    {
        var relationship = new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referenced };

        Assert.Multiple(() =>
        {
            Assert.That(relationship, Is.Not.EqualTo(new Relationship("account_parent_account")));
            Assert.That(relationship, Is.Not.EqualTo(new Relationship("contact_customer_accounts") { PrimaryEntityRole = EntityRole.Referenced }));
        });
    }

    [Test]
    public void ToString_IsSchemaNameDotRole()
    {
        var relationship = new Relationship("account_parent_account") { PrimaryEntityRole = EntityRole.Referencing };

        Assert.That(relationship.ToString(), Is.EqualTo("account_parent_account.Referencing"));
    }
}
