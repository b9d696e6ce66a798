package cn.gov.amr.credit.demo;

import org.springframework.stereotype.Component;

/** Where the demo's steps are, for the health indicator: waiting, running a step, finished, or failed. */
@Component
class DemoProgress {

    enum State { WAITING, RUNNING, FINISHED, FAILED }

    private volatile State state = State.WAITING;
    private volatile String step;

    void running(String name) {
        step = name;
        state = State.RUNNING;
    }

    void finished() {
        step = null;
        state = State.FINISHED;
    }

    void failed(String name) {
        step = name;
        state = State.FAILED;
    }

    State state() {
        return state;
    }

    /** The step running or failed; null otherwise. */
    String step() {
        return step;
    }
}
