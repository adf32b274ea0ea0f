namespace CrmEnablement.Cli.Import;

/// <summary>Told how far an import has got; a progress bar at a terminal, periodic lines otherwise.</summary>
internal interface IImportProgress
{
    /// <summary><paramref name="done"/> of <paramref name="total"/> rows have an outcome.</summary>
    void Report(int done, int total);
}
