namespace X; internal static class P { private static void Main() { } }
