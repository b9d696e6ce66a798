package cn.gov.amr.credit.ingestion.files;

/** The content is not a file the platform can read; {@code code} says why (message key problem.<code>). */
public class UnreadableFileException extends RuntimeException {

    private final String code;
    private final transient Object[] arguments;

    public UnreadableFileException(String code, Object... arguments) {
        super(code);
        this.code = code;
        this.arguments = arguments;
    }

    public UnreadableFileException(String code, Throwable cause) {
        super(code, cause);
        this.code = code;
        this.arguments = new Object[0];
    }

    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
