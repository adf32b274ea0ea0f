using System;
using System.Threading.Tasks;

namespace CrmEnablement.PanelBenchmarks;

/// <summary>
/// The panel's first render after data over 30 loads of a sample deal's form (<c>--quick</c>: 10).
/// Exit 0 when it measured (the verdicts say MET or MISSED), 2 when something it needs is missing,
/// 1 when a load never showed the panel's suggestions.
/// </summary>
public static class Program
{
    private const string QuickSwitch = "--quick";
    private const int Loads = 30;
    private const int QuickLoads = 10;
    private const int Failed = 1;
    private const int SetupProblem = 2;

    public static async Task<int> Main(string[] args)
    {
        try
        {
            return await PanelRun.RunAsync(LoadsFor(args), Console.Out);
        }
        catch (SetupException problem)
        {
            Console.Error.WriteLine(problem.Message);
            return SetupProblem;
        }
        catch (InvalidOperationException failure)
        {
            Console.Error.WriteLine(failure.Message);
            return Failed;
        }
    }

    private static int LoadsFor(string[] args)
    {
        foreach (var argument in args)
        {
            if (argument != QuickSwitch)
            {
                throw new SetupException(PanelBenchMessages.UnknownArgument(argument));
            }
        }

        return args.Length > 0 ? QuickLoads : Loads;
    }
}
