using System.IO;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
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

    [Test]
    public void WriteLine_FromManyThreadsAtOnce_KeepsEveryLineWhole()
    {
        const int threads = 8, rounds = 2000;
        using var inner = new StringWriter();
        using var writer = new RedactingTextWriter(inner, new SecretRedactor());
        using var together = new Barrier(threads);

        // Parallel requests announce their retries at the same moment: make every round a collision.
        var workers = Enumerable.Range(0, threads).Select(thread => Task.Factory.StartNew(() =>
        {
            for (var round = 0; round < rounds; round++)
            {
                together.SignalAndWait();
                writer.WriteLine($"cen: thread {thread} round {round}");
            }
        }, TaskCreationOptions.LongRunning)).ToArray();
        Task.WaitAll(workers);

        var lines = inner.ToString().Split(System.Environment.NewLine);
        Assert.That(lines[..^1], Has.Length.EqualTo(threads * rounds).And.All.Match(@"^cen: thread \d+ round \d+$"));
    }
}
