using LocalOrg.Pipeline;
using Microsoft.Xrm.Sdk;

namespace LocalOrg.Execution;

/// <summary>The main operation (stage 30) of one message.</summary>
internal interface IMessageHandler
{
    /// <summary>Reads the request before any stage runs: sets the operation's table and id (resolving alternate keys); faults on missing parameters.</summary>
    void Prepare(Operation op);

    /// <summary>Does the work, between PreOperation and PostOperation; puts its results in OutputParameters.</summary>
    void Execute(Operation op);

    /// <summary>The (typed) response the outputs are copied into.</summary>
    OrganizationResponse CreateResponse();
}
