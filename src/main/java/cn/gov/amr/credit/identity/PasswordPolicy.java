package cn.gov.amr.credit.identity;

import java.util.Optional;

import cn.gov.amr.credit.shared.Refusal.FieldProblem;

/** A password has at least 10 characters, including a letter and a digit, and at most 128. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    static Optional<FieldProblem> check(String password, String field) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH
                || password.chars().noneMatch(Character::isLetter) || password.chars().noneMatch(Character::isDigit)) {
            return Optional.of(new FieldProblem(field, "PASSWORD_POLICY", java.util.List.of(MIN_LENGTH)));
        }
        return Optional.empty();
    }
}
