using System.Globalization;
using System.ServiceModel;
using LocalOrg.Time;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Faults;

/// <summary>
/// Builds the <see cref="FaultException{TDetail}"/> the real organization service throws, stamped
/// with the organization's clock.
/// </summary>
internal sealed class FaultFactory
{
    private readonly IClock _clock;

    internal FaultFactory(IClock clock)
    {
        _clock = clock;
    }

    internal FaultException<OrganizationServiceFault> Create(int errorCode, string format, params object?[] args)
    {
        var message = args.Length == 0 ? format : string.Format(CultureInfo.InvariantCulture, format, args);
        return CreateWithTrace(errorCode, message, traceText: null);
    }

    /// <summary>A fault with a literal message (not a format) and the trace text the platform attaches for plugin failures.</summary>
    internal FaultException<OrganizationServiceFault> CreateWithTrace(int errorCode, string message, string? traceText)
    {
        var fault = new OrganizationServiceFault
        {
            ErrorCode = errorCode,
            Message = message,
            Timestamp = _clock.UtcNow,
            TraceText = traceText,
        };
        return new FaultException<OrganizationServiceFault>(fault, new FaultReason(message));
    }
}
