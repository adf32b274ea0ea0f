using System;
using Microsoft.Xrm.Sdk;

namespace XrmStandIn.Tests;

public class InvalidPluginExecutionExceptionTests
{
    // Exception's own default HResult (COR_E_EXCEPTION).
    private const int DefaultHResult = unchecked((int)0x80131500);

    [Test]
    public void Type_IsSealedException()
    {
        Assert.Multiple(() =>
        {
            Assert.That(typeof(InvalidPluginExecutionException).IsSealed, Is.True);
            Assert.That(typeof(InvalidPluginExecutionException).BaseType, Is.EqualTo(typeof(Exception)));
        });
    }

    [Test]
    public void MessageConstructor_DefaultsToFailedAndNotSet()
    {
        var exception = new InvalidPluginExecutionException("Pick an industry before saving.");

        Assert.Multiple(() =>
        {
            Assert.That(exception.Message, Is.EqualTo("Pick an industry before saving."));
            Assert.That(exception.Status, Is.EqualTo(OperationStatus.Failed));
            Assert.That(exception.HttpStatus, Is.EqualTo(PluginHttpStatusCode.NotSet));
            Assert.That(exception.ErrorCode, Is.EqualTo(DefaultHResult));
        });
    }

    [Test]
    public void StatusCodeConstructor_SetsStatusAndErrorCode()
    {
        var exception = new InvalidPluginExecutionException(OperationStatus.Retry, -2147220891, "Catalogue locked; retrying.");

        Assert.Multiple(() =>
        {
            Assert.That(exception.Status, Is.EqualTo(OperationStatus.Retry));
            Assert.That(exception.ErrorCode, Is.EqualTo(-2147220891));
            Assert.That(exception.HResult, Is.EqualTo(-2147220891));
        });
    }

    [Test]
    public void StatusCodeConstructor_ZeroErrorCode_KeepsDefault()
    {
        var exception = new InvalidPluginExecutionException(OperationStatus.Canceled, 0, "Stopped.");

        Assert.That(exception.ErrorCode, Is.EqualTo(DefaultHResult));
    }

    [Test]
    public void StatusOnlyConstructor_HasEmptyMessage()
    {
        var exception = new InvalidPluginExecutionException(OperationStatus.Suspended);

        Assert.Multiple(() =>
        {
            Assert.That(exception.Status, Is.EqualTo(OperationStatus.Suspended));
            Assert.That(exception.Message, Is.Empty);
        });
    }

    [Test]
    public void HttpStatusConstructors_SetHttpStatus()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new InvalidPluginExecutionException("Too many.", PluginHttpStatusCode.TooManyRequests).HttpStatus,
                Is.EqualTo(PluginHttpStatusCode.TooManyRequests));
            Assert.That(new InvalidPluginExecutionException(OperationStatus.Failed, 5, "Gone.", PluginHttpStatusCode.Gone).HttpStatus,
                Is.EqualTo(PluginHttpStatusCode.Gone));
        });
    }

    [Test]
    public void InnerConstructor_TakesHttpStatusOfInnerPluginException()
    {
        var inner = new InvalidPluginExecutionException("Missing.", PluginHttpStatusCode.NotFound);

        var outer = new InvalidPluginExecutionException("Lookup failed.", inner);
        var wrapped = new InvalidPluginExecutionException("Unexpected.", new InvalidOperationException());

        Assert.Multiple(() =>
        {
            Assert.That(outer.HttpStatus, Is.EqualTo(PluginHttpStatusCode.NotFound));
            Assert.That(outer.InnerException, Is.SameAs(inner));
            Assert.That(wrapped.HttpStatus, Is.EqualTo(PluginHttpStatusCode.NotSet));
        });
    }
}
