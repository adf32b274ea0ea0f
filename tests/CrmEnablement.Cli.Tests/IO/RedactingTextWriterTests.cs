using System.IO;
using CrmEnablement.Cli.IO;

namespace CrmEnablement.Cli.Tests.IO;

public class RedactingTextWriterTests
{
    [Test]
    public void Write_SecretSplitAcrossWrites_IsMaskedOnTheLine()
    {
        var redactor = new SecretRedactor();
        redactor.Add(new[] { "s3cret-value" });
        using var inner = new StringWriter();

        using (var writer = new RedactingTextWriter(inner, redactor))
        {
            writer.Write("token s3cret");
            writer.Write("-value here");
            writer.WriteLine();
            writer.Write("no newline s3cret-value");
        }

        Assert.That(inner.ToString(), Is.EqualTo($"token {SecretRedactor.Mask} here{System.Environment.NewLine}no newline {SecretRedactor.Mask}"));
    }
}
