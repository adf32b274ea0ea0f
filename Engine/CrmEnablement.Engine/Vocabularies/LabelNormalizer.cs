using System.Text;

namespace CrmEnablement.Engine.Vocabularies;

/// <summary>
/// Folds the spellings people use for one label onto one key: case, surrounding and repeated
/// white space, and <c>&amp;</c> versus <c>and</c> do not matter.
/// </summary>
public static class LabelNormalizer
{
    /// <summary>Returns the lookup key of <paramref name="label"/>.</summary>
    public static string Normalize(string label)
    {
        var builder = new StringBuilder(label.Length + 4);
        var pendingSpace = false;
        foreach (var raw in label.Trim())
        {
            if (char.IsWhiteSpace(raw))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            if (raw == '&')
            {
                // "Risk & Compliance" and "Risk and Compliance" are the same label.
                if (builder.Length > 0 && builder[builder.Length - 1] != ' ')
                {
                    builder.Append(' ');
                }

                builder.Append("and");
                pendingSpace = true;
                continue;
            }

            builder.Append(char.ToLowerInvariant(raw));
        }

        return builder.ToString();
    }
}
