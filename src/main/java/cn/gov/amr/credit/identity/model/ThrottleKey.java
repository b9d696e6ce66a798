package cn.gov.amr.credit.identity.model;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * The client address a sign-in throttle counts under. An IPv4 address counts alone; an IPv6 address
 * counts by its /64 network, since one subscriber usually holds a whole /64 and could otherwise try
 * from a fresh address every time.
 */
public final class ThrottleKey {

    private static final Pattern IPV6_LITERAL = Pattern.compile("[0-9A-Fa-f:.]+");

    private ThrottleKey() {
    }

    /** The key of {@code clientAddress} (as the servlet container reports it); never null. */
    public static String of(String clientAddress) {
        if (clientAddress == null) {
            return "";
        }
        String address = clientAddress.strip();
        int scope = address.indexOf('%');
        if (scope >= 0) {
            address = address.substring(0, scope);
        }
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        if (address.indexOf(':') < 0 || !IPV6_LITERAL.matcher(address).matches()) {
            return address;
        }
        try {
            // a literal (checked above), so no name is looked up
            byte[] bytes = InetAddress.getByName(address).getAddress();
            if (bytes.length != 16) {
                return InetAddress.getByAddress(bytes).getHostAddress();
            }
            byte[] network = Arrays.copyOf(Arrays.copyOf(bytes, 8), 16);
            return InetAddress.getByAddress(network).getHostAddress() + "/64";
        } catch (UnknownHostException e) {
            return address;
        }
    }
}
