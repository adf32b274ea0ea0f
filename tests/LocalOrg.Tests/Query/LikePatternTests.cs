using LocalOrg.Query;

namespace LocalOrg.Tests.Query;

public class LikePatternTests
{
    [TestCase("50% off", "50[%]%", true)]
    [TestCase("a.b", "a.b", true)]
    [TestCase("axb", "a.b", false)]
    [TestCase("abc", "[^x]bc", true)]
    [TestCase("Line\nbreak", "line%", true)]
    public void Matches_SpecialCharacters_AreLiteralUnlessWildcards(string text, string pattern, bool expected)
    {
        Assert.That(LikePattern.Matches(text, pattern), Is.EqualTo(expected));
    }
}
