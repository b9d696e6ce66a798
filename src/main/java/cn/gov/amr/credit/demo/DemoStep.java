package cn.gov.amr.credit.demo;

/**
 * One step of the demo (the extension point for every module's demo data, docs/demo.md). With
 * {@code --demo} the steps run one after the other in {@link #order()}, in a background thread once the
 * platform has started; a step starts only after the one before has finished, including the work it
 * left running (see {@link #awaitFinished()}). {@code /actuator/health} reports UP only when every step
 * has finished.
 *
 * <p>A step is a Spring bean of the module that owns its data, in a sub-package of its own (the demo
 * module's are in {@code demo.city} and {@code demo.departments}). It works through other modules' APIs
 * only. Each step claims its marker (a row named {@link #name()} in {@code demo.steps}) in the transaction
 * that runs {@link #run()}: so it runs once per database, however many instances start at once (a second
 * instance waits for the first's transaction and then skips the step), and a step that fails or is
 * interrupted leaves nothing and runs again at the next start.
 */
public interface DemoStep {

    /** Stable name: the marker's key (changing it runs the step again on existing databases). */
    String name();

    /** Position in the list: lower runs first. The city is 100, the departments' files 200. */
    int order();

    /** False: skipped, no marker recorded (a later start with the step enabled runs it). */
    default boolean enabled() {
        return true;
    }

    /**
     * Does the step's work, in the transaction that records its marker; called only when no marker is there.
     * Runs as nobody: a step acting as a user sets its own authentication.
     *
     * @return false when there was nothing to do after all: the transaction is rolled back, no marker is
     *         recorded and the next start tries again
     */
    boolean run();

    /** After {@link #run()}'s transaction committed (only when it did the work, in that instance). */
    default void afterRun() {
    }

    /**
     * Returns once the work this step set going (at this start or an earlier one, by any instance) has
     * finished, for example the batches it queued are aggregated. Called at every start after the marker
     * is claimed or found, so that the next step finds the data in place. Default: nothing to wait for.
     */
    default void awaitFinished() throws InterruptedException {
    }
}
