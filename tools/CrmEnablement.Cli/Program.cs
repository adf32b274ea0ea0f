using System;
using System.Text;
using CrmEnablement.Cli;

Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
return CliApp.Run(args, new CliContext(Console.Out, Console.Error, new SystemClock(), !Console.IsOutputRedirected, !Console.IsErrorRedirected));
