package cn.gov.amr.credit.identity;

import java.util.Set;

/** A request to create a user. The password is held only until it is hashed. */
public record NewUser(String username, String displayName, String password, Set<Role> roles, String department,
                      String jurisdiction) {

    @Override
    public String toString() {
        return "NewUser[username=" + username + ", roles=" + roles + "]";
    }
}
