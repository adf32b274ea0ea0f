using System.CommandLine;
using CrmEnablement.Cli.Dataverse;

namespace CrmEnablement.Cli.Commands;

/// <summary><c>cen catalog</c>: moves the catalogue between a CSV file and an environment.</summary>
internal static class CatalogCommand
{
    public static Command Create(CliContext context, DataverseClientOptions dataverse) => new("catalog", "Import a catalogue CSV into an environment, or export it back.")
    {
        CatalogImportCommand.Create(context, dataverse),
        CatalogExportCommand.Create(context, dataverse),
    };
}
