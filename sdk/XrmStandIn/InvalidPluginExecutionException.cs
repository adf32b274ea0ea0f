using System;
using System.Runtime.Serialization;

namespace Microsoft.Xrm.Sdk;

/// <summary>The exception a plugin throws to stop an operation with a message the user sees.</summary>
/// <remarks>Sealed, as in the real SDK.</remarks>
[Serializable]
public sealed class InvalidPluginExecutionException : Exception, ISerializable
{
    // Names of the values kept by binary serialization.
    private const string StatusKey = "Status";
    private const string HttpStatusKey = "HttpStatus";

    private readonly OperationStatus _status;
    private readonly PluginHttpStatusCode _httpStatus;

    /// <summary>Creates a failure with the default message.</summary>
    public InvalidPluginExecutionException()
    {
        _status = OperationStatus.Failed;
    }

    /// <summary>Creates an exception with the given status and an empty message.</summary>
    public InvalidPluginExecutionException(OperationStatus status)
        : this(status, string.Empty)
    {
    }

    /// <summary>Creates a failure with the message the user sees.</summary>
    public InvalidPluginExecutionException(string message)
        : base(message)
    {
        _status = OperationStatus.Failed;
    }

    /// <summary>Creates an exception with the given status and message.</summary>
    public InvalidPluginExecutionException(OperationStatus status, string message)
        : this(status, 0, message)
    {
    }

    /// <summary>Creates a failure wrapping <paramref name="exception"/>; an inner
    /// InvalidPluginExecutionException passes its HTTP status on.</summary>
    public InvalidPluginExecutionException(string message, Exception exception)
        : base(message, exception)
    {
        _status = OperationStatus.Failed;
        _httpStatus = exception is InvalidPluginExecutionException inner ? inner.HttpStatus : PluginHttpStatusCode.NotSet;
    }

    /// <summary>Creates an exception with status, error code (0 keeps the default) and message.</summary>
    /// <remarks><see cref="OperationStatus.Retry"/> makes the asynchronous service retry the job.</remarks>
    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message)
        : base(message)
    {
        _status = status;
        if (errorCode != 0)
        {
            HResult = errorCode;
        }
    }

    /// <summary>Creates a failure returned to Web API callers with <paramref name="httpStatus"/>.</summary>
    /// <remarks>From the decompiled 9.0.2.46 assembly; not listed in the truncated Learn overload list.</remarks>
    public InvalidPluginExecutionException(string message, PluginHttpStatusCode httpStatus)
        : this(OperationStatus.Failed, 0, message, httpStatus)
    {
    }

    /// <summary>Creates an exception with status, error code, message and HTTP status.</summary>
    public InvalidPluginExecutionException(OperationStatus status, int errorCode, string message, PluginHttpStatusCode httpStatus)
        : this(status, errorCode, message)
    {
        _httpStatus = httpStatus;
    }

    /// <summary>How the operation ends: <see cref="OperationStatus.Failed"/> unless given.</summary>
    public OperationStatus Status => _status;

    /// <summary>The error code (the exception's HResult).</summary>
    public int ErrorCode => HResult;

    /// <summary>The HTTP status returned to Web API callers; NotSet means the platform's default (400).</summary>
    public PluginHttpStatusCode HttpStatus => _httpStatus;

    // Binary serialization is obsolete on .NET 8+ (SYSLIB0051), but the real SDK (net462) has this
    // constructor and GetObjectData, so the stand-in keeps them and silences the warning here only.
#pragma warning disable SYSLIB0051, CS0672
    private InvalidPluginExecutionException(SerializationInfo info, StreamingContext context)
        : base(info, context)
    {
        _status = (OperationStatus)info.GetValue(StatusKey, typeof(OperationStatus));
        _httpStatus = (PluginHttpStatusCode)info.GetValue(HttpStatusKey, typeof(PluginHttpStatusCode));
    }

    /// <summary>Saves status and HTTP status with the exception's own data.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="info"/> is null.</exception>
    public override void GetObjectData(SerializationInfo info, StreamingContext context)
    {
        if (info == null)
        {
            throw new ArgumentNullException(nameof(info));
        }

        info.AddValue(StatusKey, _status, typeof(OperationStatus));
        info.AddValue(HttpStatusKey, _httpStatus, typeof(PluginHttpStatusCode));
        base.GetObjectData(info, context);
    }
#pragma warning restore SYSLIB0051, CS0672
}
