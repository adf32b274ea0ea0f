using System;

namespace CrmEnablement.Cli.Sandbox;

/// <summary>A deal the sandbox loaded: its row id, its id in the opportunities file and its name.</summary>
public sealed record SandboxDealInfo(Guid Id, string FileId, string Name);
