using System;
using System.Globalization;

namespace LocalOrg.Ids;

/// <summary>
/// Predictable ids: the n-th id of seed s is <c>ssssssss-0000-0000-0000-nnnnnnnnnnnn</c> (hex), so a
/// test can name the id of the third row it creates with <see cref="IdFor"/>. The default generator.
/// </summary>
public sealed class SequentialIdGenerator : IIdGenerator
{
    private readonly uint _seed;
    private long _next;

    /// <summary>Creates a generator whose ids start with <paramref name="seed"/> and count from 1.</summary>
    /// <param name="seed">The first eight hex digits of every id.</param>
    public SequentialIdGenerator(uint seed = 1)
    {
        _seed = seed;
    }

    /// <inheritdoc />
    public Guid NewId() => IdFor(_seed, ++_next);

    /// <summary>The id a generator with <paramref name="seed"/> returns on its <paramref name="sequence"/>-th call (from 1).</summary>
    /// <param name="seed">The generator's seed.</param>
    /// <param name="sequence">Which call, counting from 1.</param>
    /// <returns>The id.</returns>
    public static Guid IdFor(uint seed, long sequence) =>
        Guid.Parse(string.Format(CultureInfo.InvariantCulture, "{0:x8}-0000-0000-0000-{1:x12}", seed, sequence));
}
