package cn.gov.amr.credit.registry.web;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import cn.gov.amr.credit.platform.FieldMessages;
import cn.gov.amr.credit.registry.EntityKind;
import cn.gov.amr.credit.registry.model.CodeCheck;
import cn.gov.amr.credit.shared.IdentifierProblem;
import cn.gov.amr.credit.shared.LegalTime;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Any department can check a code before sending it; always 200, the verdict is in the body. */
@RestController
@Tag(name = "Public")
class CodeCheckController {

    private final MessageSource messages;
    private final Clock clock;

    CodeCheckController(MessageSource messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** One problem: machine code, message in the caller's language, and the message's arguments. */
    @Schema(name = "CodeProblem")
    record Problem(String code, String message, List<Object> arguments) {
    }

    record CodeCheckResponse(boolean valid, CodeCheck.CodeType codeType, String normalized, EntityKind entityKind,
                             String regionCode, String expectedCheckCharacter, List<Problem> errors,
                             List<Problem> warnings) {
    }

    @GetMapping("/api/v1/public/code-check")
    @Operation(summary = "Check a unified social credit code, 15-digit registration number or organisation code: "
            + "type, validity and exactly why not. Personal ID numbers are not taken (not echoed).")
    CodeCheckResponse check(@RequestParam(required = false) String code, Locale locale) {
        var result = CodeCheck.check(code, LegalTime.today(clock));
        return new CodeCheckResponse(result.valid(), result.codeType(), result.normalized(), result.entityKind(),
                result.regionCode(), result.expectedCheckCharacter(), localized(result.errors(), locale),
                localized(result.warnings(), locale));
    }

    private List<Problem> localized(List<IdentifierProblem> problems, Locale locale) {
        return problems.stream().map(p -> new Problem(p.code(),
                FieldMessages.field(messages, p.code(), p.arguments(), locale), p.arguments())).toList();
    }
}
