using System;

namespace LocalOrg.Pipeline;

/// <summary>
/// The message names the pipeline knows, and the mapping from request names: WinOpportunity and
/// LoseOpportunity requests run the Win and Lose messages, as on the platform.
/// </summary>
internal static class MessageNames
{
    internal const string Create = "Create";
    internal const string Update = "Update";
    internal const string Delete = "Delete";
    internal const string Retrieve = "Retrieve";
    internal const string RetrieveMultiple = "RetrieveMultiple";
    internal const string Upsert = "Upsert";
    internal const string SetState = "SetState";
    internal const string Associate = "Associate";
    internal const string Disassociate = "Disassociate";
    internal const string Win = "Win";
    internal const string Lose = "Lose";
    internal const string ExecuteMultiple = "ExecuteMultiple";
    internal const string NoTable = "none";

    internal static string FromRequestName(string requestName) => requestName switch
    {
        _ when Is(requestName, "WinOpportunity") => Win,
        _ when Is(requestName, "LoseOpportunity") => Lose,
        _ when Is(requestName, "SetStateDynamicEntity") => SetState,
        _ => requestName,
    };

    internal static bool Is(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    /// <summary>The messages the platform supports entity images for (sdkmessageprocessingstepimage), of those LocalOrg runs.</summary>
    internal static bool SupportsImages(string message) =>
        Is(message, Create) || Is(message, Update) || Is(message, Delete) || Is(message, SetState);
}
