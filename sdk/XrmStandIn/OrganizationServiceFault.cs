using System;
using System.Globalization;
using System.Text;

namespace Microsoft.Xrm.Sdk;

/// <summary>The fault detail of a failed organization service call.</summary>
/// <remarks>Over the wire the real SDK raises it as
/// <c>System.ServiceModel.FaultException&lt;OrganizationServiceFault&gt;</c>; that exception type
/// lives in System.ServiceModel, not in this assembly, so the stand-in does not declare it.</remarks>
[Serializable]
public class OrganizationServiceFault : BaseServiceFault
{
    /// <summary>Creates an empty fault.</summary>
    public OrganizationServiceFault()
    {
    }

    /// <summary>The fault that caused this one, if any.</summary>
    public OrganizationServiceFault InnerFault { get; set; }

    /// <summary>The plugin trace text captured when a plugin caused the fault.</summary>
    public string TraceText { get; set; }

    /// <summary>Code, message and trace of this fault and its inner faults, for logs.</summary>
    public override string ToString()
    {
        var text = new StringBuilder();
        for (var fault = this; fault != null; fault = fault.InnerFault)
        {
            if (text.Length > 0)
            {
                text.Append(" ---> ");
            }

            text.Append(string.Format(CultureInfo.InvariantCulture, "OrganizationServiceFault 0x{0:X8}: {1}", fault.ErrorCode, fault.Message));
            if (!string.IsNullOrEmpty(fault.TraceText))
            {
                text.Append(" (trace: ").Append(fault.TraceText).Append(')');
            }
        }

        return text.ToString();
    }
}
