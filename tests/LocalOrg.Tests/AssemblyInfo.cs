// Every organization is its own instance with no shared statics, so fixtures run in parallel.
[assembly: Parallelizable(ParallelScope.Fixtures)]
