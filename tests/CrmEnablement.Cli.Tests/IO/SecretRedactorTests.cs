using CrmEnablement.Cli.IO;

namespace CrmEnablement.Cli.Tests.IO;

public class SecretRedactorTests
{
    private const string Message = "cen: cannot reach the environment https://contoso.crm.dynamics.com/";

    [Test]
    public void Redact_ShortValue_IsNotMaskedInsideWords()
    {
        var redactor = CreateSut("t");

        Assert.That(redactor.Redact(Message), Is.EqualTo(Message));
    }

    [Test]
    public void Redact_ValueJustBelowTheMinimum_IsNotMasked()
    {
        var redactor = CreateSut("contoso");

        Assert.That(redactor.Redact(Message), Is.EqualTo(Message));
    }

    [Test]
    public void Redact_ValueOfTheMinimumLength_IsMasked()
    {
        var redactor = CreateSut("contoso.");

        Assert.That(redactor.Redact(Message), Is.EqualTo($"cen: cannot reach the environment https://{SecretRedactor.Mask}crm.dynamics.com/"));
    }

    [Test]
    public void Redact_LongValue_IsMaskedWhereverItAppears()
    {
        const string token = "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9";
        var redactor = CreateSut(token);

        Assert.That(redactor.Redact($"token={token}; again:{token}."), Is.EqualTo($"token={SecretRedactor.Mask}; again:{SecretRedactor.Mask}."));
    }

    [Test]
    public void Redact_ShortAndLongValues_MasksOnlyTheLongOne()
    {
        var redactor = CreateSut("e", "s3cret-client-value");

        Assert.That(redactor.Redact("the secret s3cret-client-value was refused"), Is.EqualTo($"the secret {SecretRedactor.Mask} was refused"));
    }

    private static SecretRedactor CreateSut(params string[] secrets)
    {
        var redactor = new SecretRedactor();
        redactor.Add(secrets);
        return redactor;
    }
}
