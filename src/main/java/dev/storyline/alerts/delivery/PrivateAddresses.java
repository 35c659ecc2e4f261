package dev.storyline.alerts.delivery;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

/**
 * Refuses webhook targets on this machine or a private network (a webhook URL set by one user must not reach
 * services behind the firewall): a host is refused when any address it resolves to is loopback, private, link-local,
 * unique-local, carrier-grade NAT, any-local or multicast.
 */
final class PrivateAddresses {

    private PrivateAddresses() {
    }

    /** Why {@code host} is refused, or empty when every address it resolves to is public. */
    static Optional<String> refusal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        try {
            for (InetAddress a : InetAddress.getAllByName(bare)) {
                String kind = nonPublicKind(a);
                if (kind != null) {
                    return Optional.of(host + " resolves to " + a.getHostAddress() + ", a " + kind
                            + " address; webhooks to private addresses are refused unless allowed (--allow-private-addresses)");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("host " + host + " not found (DNS)");
        }
    }

    static String nonPublicKind(InetAddress a) {
        if (a.isAnyLocalAddress()) return "any-local";
        if (a.isLoopbackAddress()) return "loopback";
        if (a.isLinkLocalAddress()) return "link-local";
        if (a.isSiteLocalAddress()) return "private";
        if (a.isMulticastAddress()) return "multicast";
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address && (b[0] & 0xff) == 100 && (b[1] & 0xc0) == 64) return "carrier-grade NAT";
        if (a instanceof Inet4Address && (b[0] & 0xff) == 0) return "\"this network\"";
        if (a instanceof Inet6Address && (b[0] & 0xfe) == 0xfc) return "unique-local";
        return null;
    }
}
