using System.CommandLine;
using System.IO;
using CrmEnablement.Cli.Building;
using CrmEnablement.Cli.IO;
using CrmEnablement.Cli.Packaging;

namespace CrmEnablement.Cli.Commands;

/// <summary>
/// <c>cen pack</c>: folds <c>Solution/src</c> and the mapped build output into CrmEnablement.zip
/// (unmanaged) and CrmEnablement_managed.zip; refuses with exit 2 when the sources cannot be packed.
/// </summary>
internal static class PackCommand
{
    public static Command Create(CliContext context)
    {
        var source = new Option<string?>("--source") { Description = "The solution folder (holding src/ and solution-mapping.xml); found from the current folder upwards when omitted." };
        var output = new Option<string?>("--output") { Description = "Where to write the zips; out/solution beside the solution folder when omitted." };
        var version = new Option<string?>("--version") { Description = "Stamp this four-part version (X.Y.Z.W) instead of the one in Solution.xml." };
        var configuration = new Option<string>("--configuration") { Description = "Take the plugin assembly from this build configuration.", DefaultValueFactory = _ => "Release" };
        var allowStandIn = new Option<bool>("--allow-standin") { Description = "Pack an assembly built against the stand-in SDK (for tests; the zips are named *_standin.zip)." };
        var webResources = new Option<string?>("--webresources") { Description = "Take the built web resources from this folder (holding cen_/opportunity/…) instead of WebResources/dist." };
        var assembly = new Option<string?>("--assembly") { Description = "Take this built plugin assembly instead of the mapped build output." };
        var noBuild = new Option<bool>("--no-build") { Description = "Do not build missing output (the plugin assembly for net462, the web resources); refuse instead." };
        var command = new Command("pack", "Pack the solution into CrmEnablement.zip (unmanaged) and CrmEnablement_managed.zip. Exit 2 when it cannot be packed.")
        {
            source, output, version, configuration, allowStandIn, webResources, assembly, noBuild,
        };
        command.SetAction(result => CommandRunner.Run(context, result, () =>
        {
            var folder = result.GetValue(source) ?? FindSolutionFolder(Directory.GetCurrentDirectory());
            var request = new PackRequest(
                Path.GetFullPath(folder),
                Path.GetFullPath(result.GetValue(output) ?? Path.Combine(folder, "..", "out", "solution")),
                result.GetValue(configuration)!,
                result.GetValue(version),
                result.GetValue(allowStandIn),
                result.GetValue(webResources),
                result.GetValue(assembly));
            if (!result.GetValue(noBuild))
            {
                MissingOutputBuilder.BuildWhatIsMissing(request, context.Error);
            }

            var packed = SolutionPacker.Pack(request);
            foreach (var warning in packed.Warnings)
            {
                context.Error.WriteLine(warning);
            }

            context.Out.WriteLine(CliMessages.PackWritten(packed.Unmanaged));
            context.Out.WriteLine(CliMessages.PackWritten(packed.Managed));
            if (packed.Unmanaged.EndsWith("_standin.zip", System.StringComparison.Ordinal))
            {
                context.Error.WriteLine(CliMessages.PackStandInWritten);
            }

            return ExitCodes.Ok;
        }));
        return command;
    }

    private static string FindSolutionFolder(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "Solution");
            if (File.Exists(Path.Combine(candidate, SolutionLayout.SourceFolder, SolutionLayout.SolutionXml)))
            {
                return candidate;
            }
        }

        throw new InputException(CliMessages.PackNoRepository);
    }
}
