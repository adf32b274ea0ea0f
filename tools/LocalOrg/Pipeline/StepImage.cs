using System;
using System.Collections.Generic;

namespace LocalOrg.Pipeline;

/// <summary>An entity image a step registers: the context gets the row under <see cref="Alias"/>.</summary>
public sealed class StepImage
{
    /// <summary>Creates an image registration.</summary>
    /// <param name="alias">The key of the image in Pre/PostEntityImages.</param>
    /// <param name="type">Pre, post or both.</param>
    /// <param name="columns">The columns to include; none means every column.</param>
    public StepImage(string alias, ImageType type, params string[] columns)
    {
        Alias = string.IsNullOrWhiteSpace(alias) ? throw new ArgumentException("An image needs an alias.", nameof(alias)) : alias;
        Type = type;
        Columns = columns ?? Array.Empty<string>();
    }

    /// <summary>Gets the alias.</summary>
    public string Alias { get; }

    /// <summary>Gets the image type.</summary>
    public ImageType Type { get; }

    /// <summary>Gets the columns; empty means all.</summary>
    public IReadOnlyList<string> Columns { get; }

    internal bool IsPre => Type is ImageType.PreImage or ImageType.Both;

    internal bool IsPost => Type is ImageType.PostImage or ImageType.Both;
}
