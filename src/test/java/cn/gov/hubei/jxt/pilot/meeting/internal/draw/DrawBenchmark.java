package cn.gov.hubei.jxt.pilot.meeting.internal.draw;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.CommandLineOptionException;
import org.openjdk.jmh.runner.options.CommandLineOptions;
import org.openjdk.jmh.runner.options.OptionsBuilder;

import java.util.concurrent.TimeUnit;

/**
 * The draw of a large meeting: 1,000 applications in 10 groups × 2,000 experts, 5 seats each of which 2 must cover the
 * group's mode, a load cap of 5, 5 reserves per group, 1 % of the pairs conflicted (about 1.98 million candidate
 * pairs). One draw per invocation (single shot: building the network and solving it is the work). Run as in
 * {@code docs/benchmarks.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 8)
@Fork(value = 1, jvmArgs = {"-Xmx2g"})
public class DrawBenchmark {

    @Param("1000")
    int applications;
    @Param("2000")
    int experts;

    private final MinCostFlowDrawSolver solver = new MinCostFlowDrawSolver();
    private DrawProblem problem;
    private long seed;

    @Setup(Level.Trial)
    public void problem() {
        problem = DrawProblems.random(2026, applications, experts, 5, 2, 5, 5, 10, 0.01);
    }

    @Setup(Level.Invocation)
    public void nextSeed() {
        seed++;
    }

    @Benchmark
    public DrawResult draw() {
        return solver.solve(problem, seed);
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(DrawBenchmark.class.getName()).build()).run();
    }
}
