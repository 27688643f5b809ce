package cn.gov.hubei.jxt.pilot.documents;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
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
 * JMH benchmark of the .docx of a full application (all five modes, 工业互联网 and 人工智能, ten figures, every list
 * filled). Run it as docs/benchmarks.md says:
 * {@code ./mvnw -q test-compile exec:exec -Dexec.executable=java -Dexec.classpathScope=test
 * -Dexec.args="-cp %classpath cn.gov.hubei.jxt.pilot.documents.DocxBenchmark"}; JMH options may follow the class
 * name (e.g. {@code -wi 3 -i 5}).
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@State(Scope.Benchmark)
public class DocxBenchmark {

    private ApplicationDocuments documents;
    private ApplicationDocument application;

    @Setup
    public void prepare() {
        documents = DocumentFixtures.documents();
        application = SampleApplicationDocument.full();
    }

    @Benchmark
    public byte[] fullApplicationAsDocx() {
        return documents.docx(application);
    }

    public static void main(String[] args) throws RunnerException, CommandLineOptionException {
        new Runner(new OptionsBuilder().parent(new CommandLineOptions(args))
                .include(DocxBenchmark.class.getName() + ".*").build()).run();
    }
}
