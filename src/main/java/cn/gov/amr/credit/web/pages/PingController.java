package cn.gov.amr.credit.web.pages;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A trivial public endpoint: liveness for integrators, and the baseline of every HTTP benchmark. */
@RestController
@Tag(name = "Public")
class PingController {

    record Pong(String status, Instant time) {
    }

    @GetMapping("/api/v1/public/ping")
    @Operation(summary = "Trivial public endpoint (no database); baseline for benchmarks")
    Pong ping() {
        return new Pong("ok", Instant.now());
    }
}
