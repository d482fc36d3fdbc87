// One Kestrel server and one Chromium at a time: the CI machine has two cores, and parallel browsers make timing flaky.
[assembly: Xunit.v3.Parallelization(Mode = Xunit.Sdk.ParallelMode.None)]
