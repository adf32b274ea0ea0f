using System;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Spectre.Console;

namespace CrmEnablement.Cli.Import;

/// <summary>A progress bar for a person at a terminal (Spectre.Console), drawn on standard error.</summary>
internal sealed class SpectreProgress : IImportProgress
{
    private readonly ProgressTask _task;

    private SpectreProgress(ProgressTask task, IAnsiConsole console)
    {
        _task = task;
        Lines = new ConsoleLines(console);
    }

    /// <summary>
    /// Writes whole lines above the bar while it is drawn: written straight to the terminal, a line
    /// would land inside the bar and be drawn over at its next refresh.
    /// </summary>
    public TextWriter Lines { get; }

    /// <summary>Shows a bar on <paramref name="terminal"/> while <paramref name="work"/> runs.</summary>
    public static Task<T> RunAsync<T>(TextWriter terminal, string title, Func<SpectreProgress, Task<T>> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(terminal),
            Interactive = InteractionSupport.Yes,
        });
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(context => work(new SpectreProgress(context.AddTask(Markup.Escape(title)), console)));
    }

    public void Report(int done, int total)
    {
        lock (_task)
        {
            _task.MaxValue = Math.Max(total, 1);
            _task.Value = done;
        }
    }

    /// <summary>Plain text through the console the bar is drawn on, which puts it above the bar.</summary>
    private sealed class ConsoleLines : TextWriter
    {
        private readonly IAnsiConsole _console;

        public ConsoleLines(IAnsiConsole console)
        {
            _console = console;
        }

        public override Encoding Encoding => Encoding.UTF8;

        public override void Write(char value) => Write(value.ToString());

        public override void Write(string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                _console.Write(new Text(value));
            }
        }
    }
}
