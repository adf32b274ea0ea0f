using System.Text;
using System.Text.RegularExpressions;

namespace LocalOrg.Query;

/// <summary>SQL LIKE as Dataverse runs it: % any run, _ one character, [..] a class; case-insensitive.</summary>
internal static class LikePattern
{
    internal static bool Matches(string text, string pattern) =>
        Regex.IsMatch(text, ToRegex(pattern), RegexOptions.IgnoreCase | RegexOptions.Singleline | RegexOptions.CultureInvariant);

    private static string ToRegex(string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '%':
                    regex.Append(".*");
                    break;
                case '_':
                    regex.Append('.');
                    break;
                case '[':
                    var end = pattern.IndexOf(']', i + 1);
                    if (end < 0)
                    {
                        regex.Append(@"\[");
                        break;
                    }

                    var body = pattern.Substring(i + 1, end - i - 1);
                    regex.Append('[').Append(body.StartsWith('^') ? "^" + Regex.Escape(body[1..]) : Regex.Escape(body)).Append(']');
                    i = end;
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }

        return regex.Append('$').ToString();
    }
}
