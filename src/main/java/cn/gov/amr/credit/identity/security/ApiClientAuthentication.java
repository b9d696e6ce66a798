package cn.gov.amr.credit.identity.security;

import java.io.Serial;
import java.util.List;

import cn.gov.amr.credit.identity.ApiClient;
import cn.gov.amr.credit.identity.Role;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A department client authenticated by its API key; holds the DEPARTMENT role only. */
final class ApiClientAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;
    private final ApiClient client;

    ApiClientAuthentication(ApiClient client) {
        super(List.of(new SimpleGrantedAuthority(Role.DEPARTMENT.authority())));
        this.client = client;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return client;
    }

    @Override
    public String getName() {
        return "api-client:" + client.id() + ":" + client.clientName();
    }
}
