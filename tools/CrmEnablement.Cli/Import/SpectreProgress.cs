using System;
using System.IO;
using System.Threading.Tasks;
using Spectre.Console;

namespace CrmEnablement.Cli.Import;

/// <summary>A progress bar for a person at a terminal (Spectre.Console), drawn on standard error.</summary>
internal sealed class SpectreProgress : IImportProgress
{
    private readonly ProgressTask _task;

    private SpectreProgress(ProgressTask task)
    {
        _task = task;
    }

    /// <summary>Shows a bar on <paramref name="terminal"/> while <paramref name="work"/> runs.</summary>
    public static Task<T> RunAsync<T>(TextWriter terminal, string title, Func<IImportProgress, Task<T>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(terminal),
            Interactive = InteractionSupport.Yes,
        });
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(context => work(new SpectreProgress(context.AddTask(Markup.Escape(title)))));
    }

    public void Report(int done, int total)
    {
        lock (_task)
        {
            _task.MaxValue = Math.Max(total, 1);
            _task.Value = done;
        }
    }
}
