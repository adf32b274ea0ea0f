using System;
using System.IO;

namespace CrmEnablement.Engine.Tests.TestSupport;

/// <summary>Files of the repository the tests share with other parts of it.</summary>
internal static class RepositoryFiles
{
    /// <summary>The folder holding CrmEnablement.sln.</summary>
    public static string Root
    {
        get
        {
            var folder = new DirectoryInfo(TestContext.CurrentContext.TestDirectory);
            while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "CrmEnablement.sln")))
            {
                folder = folder.Parent;
            }

            return folder?.FullName ?? throw new InvalidOperationException("The tests run outside the repository.");
        }
    }
}
