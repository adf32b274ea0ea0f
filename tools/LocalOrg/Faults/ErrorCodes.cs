namespace LocalOrg.Faults;

/// <summary>
/// The <see cref="Microsoft.Xrm.Sdk.BaseServiceFault.ErrorCode"/> values LocalOrg faults carry: the
/// platform's own codes (named as in its error-code list and Microsoft's "Troubleshoot Dataverse
/// client errors" page), so a caller that branches on a code behaves the same here and online.
/// </summary>
public static class ErrorCodes
{
    /// <summary>0x80040217 ObjectDoesNotExist: no row with that id or those key values.</summary>
    public const int ObjectDoesNotExist = unchecked((int)0x80040217);

    /// <summary>0x80040237 DuplicateRecord ("Cannot insert duplicate key"): a Create with an id already in use.</summary>
    public const int DuplicateRecord = unchecked((int)0x80040237);

    /// <summary>0x80060892 DuplicateRecordEntityKey: a write would give two rows the same alternate-key values.</summary>
    public const int DuplicateRecordEntityKey = unchecked((int)0x80060892);

    /// <summary>0x80040220 PrivilegeDenied: the user's roles lack the privilege on the table.</summary>
    public const int PrivilegeDenied = unchecked((int)0x80040220);

    /// <summary>0x80048306: the privilege exists but its depth does not reach this row (the access check failed).</summary>
    public const int AccessCheckFailed = unchecked((int)0x80048306);

    /// <summary>0x80044182 SdkCorrelationTokenDepthTooHigh: the infinite-loop stop (Depth over 8).</summary>
    public const int SdkCorrelationTokenDepthTooHigh = unchecked((int)0x80044182);

    /// <summary>0x80040265 IsvAborted: a plugin threw <see cref="Microsoft.Xrm.Sdk.InvalidPluginExecutionException"/>.</summary>
    public const int IsvAborted = unchecked((int)0x80040265);

    /// <summary>0x80040224 IsvUnExpected: a plugin threw anything else.</summary>
    public const int IsvUnExpected = unchecked((int)0x80040224);

    /// <summary>0x80040203 InvalidArgument: a request is malformed (missing target, bad key, bad query).</summary>
    public const int InvalidArgument = unchecked((int)0x80040203);

    /// <summary>0x80040315 NotSupported: a request name with no handler and no Custom API.</summary>
    public const int NotSupported = unchecked((int)0x80040315);
}
