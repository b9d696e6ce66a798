package cn.gov.amr.credit.identity;

/**
 * A newly issued API key. {@code apiKey} is shown once and never stored; only its SHA-256 is.
 */
public record IssuedApiKey(long id, String clientName, String apiKey) {

    @Override
    public String toString() {
        return "IssuedApiKey[id=" + id + ", clientName=" + clientName + "]";
    }
}
