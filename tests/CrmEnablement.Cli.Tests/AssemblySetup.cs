// Every test runs in its own fixture instance, so each may run in parallel with its own temp folder.
[assembly: Parallelizable(ParallelScope.All)]
[assembly: FixtureLifeCycle(LifeCycle.InstancePerTestCase)]
