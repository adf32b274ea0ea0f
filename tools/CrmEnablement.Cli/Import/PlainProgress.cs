using System.IO;

namespace CrmEnablement.Cli.Import;

/// <summary>Progress for logs and pipes: one line each time another tenth of the rows is done.</summary>
internal sealed class PlainProgress : IImportProgress
{
    private readonly TextWriter _output;
    private readonly object _gate = new();
    private int _lastTenth = -1;

    public PlainProgress(TextWriter output)
    {
        _output = output;
    }

    public void Report(int done, int total)
    {
        var tenth = total == 0 ? 10 : done * 10 / total;
        lock (_gate)
        {
            if (tenth <= _lastTenth)
            {
                return;
            }

            _lastTenth = tenth;
            _output.WriteLine(CliMessages.Progress(done, total));
        }
    }
}
