using System;

namespace Microsoft.Xrm.Sdk;

/// <summary>Extra named details of a service fault.</summary>
[Serializable]
public sealed class ErrorDetailCollection : DataCollection<string, object>
{
}
