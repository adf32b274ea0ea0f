using System.Collections.Generic;
using System.Linq;

namespace XrmStandIn.Tests.Surface;

/// <summary>The expected public shape of every type the stand-in declares, transcribed from
/// shared/reference/xrm-sdk-surface.md (section numbers in each file). Members the reference marks
/// "D only" or "newer SDK" that the stand-in leaves out are listed in sdk/XrmStandIn/README.md;
/// the reverse check in <see cref="SurfaceTests"/> proves they are absent.</summary>
public static partial class ExpectedSurface
{
    private const string Sdk = "Microsoft.Xrm.Sdk.";
    private const string Query = "Microsoft.Xrm.Sdk.Query.";
    private const string Messages = "Microsoft.Xrm.Sdk.Messages.";
    private const string Telemetry = "Microsoft.Xrm.Sdk.PluginTelemetry.";

    // Every IExtensibleDataObject has it.
    private const string ExtensionData = "public ExtensionDataObject ExtensionData { get; set; }";

    public static IEnumerable<TypeShape> All() =>
        Interfaces()
            .Concat(Rows())
            .Concat(Collections())
            .Concat(RequestsAndFaults())
            .Concat(SdkEnums())
            .Concat(QueryTypes())
            .Concat(QueryEnums())
            .Concat(MessageTypes())
            .Concat(TelemetryTypes());
}
