namespace LocalOrg.Diagnostics;

/// <summary>What a write did to a row.</summary>
internal enum WriteKind
{
    Created,
    Updated,
    Deleted,
}
