using System.IO;
using CrmEnablement.Cli.IO;
using CrmEnablement.Cli.Tests.TestSupport;

namespace CrmEnablement.Cli.Tests.IO;

public class OutputFileTests
{
    private readonly TempDirectory _temp = new();

    [TearDown]
    public void TearDown() => _temp.Dispose();

    [Test]
    public void CheckWritable_FolderMissing_NamesTheFolder()
    {
        var folder = _temp.PathOf("no-such-folder");
        var path = Path.Combine(folder, "rj.csv");

        var error = Assert.Throws<InputException>(() => OutputFile.CheckWritable(path, "rejects file"));

        Assert.That(error!.Problems, Is.EqualTo(new[] { CliMessages.OutputFolderMissing("rejects file", path, folder) }));
    }

    [Test]
    public void CheckWritable_PathIsAFolder_SaysToGiveAFileName()
    {
        var error = Assert.Throws<InputException>(() => OutputFile.CheckWritable(_temp.Path, "catalogue CSV"));

        Assert.That(error!.Problems, Is.EqualTo(new[] { CliMessages.OutputIsFolder("catalogue CSV", _temp.Path) }));
    }

    [Test]
    public void CheckWritable_NewFile_LeavesNothingBehind()
    {
        var path = _temp.PathOf("new.csv");

        OutputFile.CheckWritable(path, "rejects file");

        Assert.That(File.Exists(path), Is.False);
    }

    [Test]
    public void CheckWritable_ExistingFile_IsLeftUnchanged()
    {
        var path = _temp.Write("old.csv", "id,title\nA,kept\n");

        OutputFile.CheckWritable(path, "rejects file");

        Assert.That(File.ReadAllText(path), Is.EqualTo("id,title\nA,kept\n"));
    }

    [Test]
    public void SameFile_RelativeAndFullPathOfOneFile_AreTheSame()
    {
        var path = _temp.Write("c.csv", "");

        Assert.That(OutputFile.SameFile(path, Path.Combine(_temp.Path, ".", "c.csv")), Is.True);
        Assert.That(OutputFile.SameFile(path, _temp.PathOf("d.csv")), Is.False);
    }
}
