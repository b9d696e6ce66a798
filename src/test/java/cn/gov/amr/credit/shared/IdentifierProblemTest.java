package cn.gov.amr.credit.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class IdentifierProblemTest {

    @Test
    void descriptionsAreShortEnglishSentencesForLogs() {
        assertThat(IdentifierProblem.wrongCheckCharacter(18, "T", "X").description())
                .isEqualTo("check character at position 18 should be T, found X");
        assertThat(IdentifierProblem.wrongLength(18, 17).description())
                .isEqualTo("wrong length: expected 18 characters, found 17");
        assertThat(IdentifierProblem.illegalCharacter(5, "I").description())
                .isEqualTo("illegal character 'I' at position 5");
        assertThat(IdentifierProblem.empty().description()).isEqualTo("no identifier given");
        assertThat(IdentifierProblem.embeddedOrganisationCode(17, "1", "2").description())
                .isEqualTo("embedded organisation code: check character at position 17 should be 1, found 2");
        assertThat(IdentifierProblem.invalidBirthDate(7, "19991399").description())
                .isEqualTo("birth date at positions 7 to 14 is not a date between 1900-01-01 and today");
    }

    @Test
    void invisibleCharactersAreDescribedByTheirCodePoint() {
        assertThat(IdentifierProblem.illegalCharacter(3, "\u0000").description())
                .isEqualTo("illegal character U+0000 at position 3");
        assertThat(IdentifierProblem.illegalCharacter(1, "\uFEFF").description())
                .isEqualTo("illegal character U+FEFF at position 1");
        assertThat(IdentifierProblem.illegalCharacter(2, "中").description())
                .isEqualTo("illegal character '中' at position 2");
    }

    @Test
    void theBirthDateDigitsAreAnArgumentButNeverInTheTextForLogs() {
        var problem = IdentifierProblem.invalidBirthDate(7, "19991399");
        assertThat(problem.arguments()).containsExactly(7, "19991399");
        assertThat(problem.description()).doesNotContain("19991399");
        assertThat(problem.toString()).isEqualTo("IDENTIFIER_BIRTH_DATE: " + problem.description());
    }

    @Test
    void factoriesUseTheStableCodesAndArgumentsInTheirDocumentedOrder() {
        assertThat(IdentifierProblem.empty()).isEqualTo(new IdentifierProblem("IDENTIFIER_EMPTY", List.of()));
        assertThat(IdentifierProblem.wrongLength(18, 17))
                .isEqualTo(new IdentifierProblem("IDENTIFIER_LENGTH", List.of(18, 17)));
        assertThat(IdentifierProblem.illegalCharacter(5, "I"))
                .isEqualTo(new IdentifierProblem("IDENTIFIER_ILLEGAL_CHARACTER", List.of(5, "I")));
        assertThat(IdentifierProblem.wrongCheckCharacter(18, "T", "X"))
                .isEqualTo(new IdentifierProblem("IDENTIFIER_CHECK_CHARACTER", List.of(18, "T", "X")));
        assertThat(IdentifierProblem.invalidBirthDate(7, "19991399"))
                .isEqualTo(new IdentifierProblem("IDENTIFIER_BIRTH_DATE", List.of(7, "19991399")));
        assertThat(IdentifierProblem.embeddedOrganisationCode(17, "1", "2"))
                .isEqualTo(new IdentifierProblem("IDENTIFIER_EMBEDDED_ORGANISATION_CODE", List.of(17, "1", "2")));
    }

    @Test
    void argumentsAreAnUnmodifiableCopy() {
        var arguments = new ArrayList<Object>(List.of(18, 17));
        var problem = new IdentifierProblem(IdentifierProblem.LENGTH, arguments);
        arguments.clear();
        assertThat(problem.arguments()).containsExactly(18, 17);
        assertThatThrownBy(() -> problem.arguments().add(1)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void anUnknownCodeStillHasADescription() {
        assertThat(new IdentifierProblem("SOMETHING", List.of(1)).description()).isEqualTo("SOMETHING [1]");
    }

    @Test
    void aCheckedValueIsPresentExactlyWhenThereAreNoErrors() {
        var error = List.of(IdentifierProblem.empty());
        assertThatThrownBy(() -> new Checked<>("", "x", error, List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Checked<>("", null, List.of(), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Checked<>("A", "A", List.of(), List.of()).valid()).isTrue();
        assertThat(new Checked<>("", null, error, List.of()).valid()).isFalse();
    }

    @Test
    void orElseThrowGivesTheValueOrThrowsTheErrors() {
        assertThat(new Checked<>("A", "A", List.of(), List.of(IdentifierProblem.empty())).orElseThrow()).isEqualTo("A");
        var errors = List.of(IdentifierProblem.wrongLength(9, 8), IdentifierProblem.illegalCharacter(2, "*"));
        assertThatThrownBy(() -> new Checked<>("1*", null, errors, List.of()).orElseThrow())
                .isInstanceOfSatisfying(InvalidIdentifierException.class, e -> {
                    assertThat(e.problems()).isEqualTo(errors);
                    assertThat(e).hasMessage("invalid identifier: wrong length: expected 9 characters, found 8; "
                            + "illegal character '*' at position 2");
                })
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anInvalidIdentifierExceptionHasAtLeastOneProblem() {
        assertThatThrownBy(() -> new InvalidIdentifierException(List.of())).isInstanceOf(IllegalArgumentException.class)
                .isNotInstanceOf(InvalidIdentifierException.class);
    }
}
