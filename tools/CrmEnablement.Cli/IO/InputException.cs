using System;
using System.Collections.Generic;

namespace CrmEnablement.Cli.IO;

/// <summary>An input file or argument that cannot be used; every line says where and what to do. Exit code 2.</summary>
public sealed class InputException : Exception
{
    /// <summary>One problem.</summary>
    public InputException(string message)
        : this(new[] { message })
    {
    }

    /// <summary>Several problems, one per line.</summary>
    public InputException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems))
    {
        Problems = problems;
    }

    /// <summary>The problems, one per entry.</summary>
    public IReadOnlyList<string> Problems { get; }
}
