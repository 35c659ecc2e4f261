package dev.storyline.ingest;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Set;

/**
 * Refuses hosts that resolve to addresses a public-web fetcher must not reach (SSRF): loopback, private,
 * link-local, unique-local, multicast, any-local, carrier-grade NAT and reserved ranges, IPv4 and IPv6, with IPv4
 * addresses embedded in IPv6 (mapped, compatible, NAT64, 6to4) checked as the IPv4 address they carry.
 * Every resolved address must pass, since the HTTP client may connect to any of them.
 */
public final class AddressGuard {

    /** The host's addresses, all allowed; or why not. */
    public sealed interface Verdict {
        record Allowed(List<InetAddress> addresses) implements Verdict {
        }

        record Forbidden(String reason) implements Verdict {
        }

        record Unresolved(String reason) implements Verdict {
        }
    }

    private final boolean allowPrivate;
    private final Set<String> exempt;

    public AddressGuard(boolean allowPrivate) {
        this(allowPrivate, Set.of());
    }

    /** A guard that lets these literal addresses through (the tests' loopback outlet standing for a public site). */
    public AddressGuard(boolean allowPrivate, Set<String> exemptAddresses) {
        this.allowPrivate = allowPrivate;
        this.exempt = Set.copyOf(exemptAddresses);
    }

    public Verdict check(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        InetAddress[] addresses;
        try {
            addresses = InetAddress.getAllByName(bare);
        } catch (UnknownHostException e) {
            return new Verdict.Unresolved("host " + host + " not found (DNS)");
        } catch (SecurityException e) {
            return new Verdict.Unresolved("host " + host + " could not be resolved: " + e.getMessage());
        }
        if (!allowPrivate) {
            for (InetAddress a : addresses) {
                if (exempt.contains(a.getHostAddress())) continue;
                String kind = nonPublicKind(a);
                if (kind != null)
                    return new Verdict.Forbidden(host + " resolves to " + a.getHostAddress() + ", a " + kind
                            + " address; private addresses are refused unless allowed (--allow-private-addresses)");
            }
        }
        return new Verdict.Allowed(List.of(addresses));
    }

    /** The kind of non-public address this is ("loopback", "private"…), or null for a public one. */
    static String nonPublicKind(InetAddress a) {
        if (a.isAnyLocalAddress()) return "any-local";
        if (a.isLoopbackAddress()) return "loopback";
        if (a.isLinkLocalAddress()) return "link-local";
        if (a.isSiteLocalAddress()) return "private";
        if (a.isMulticastAddress()) return "multicast";
        byte[] b = a.getAddress();
        if (a instanceof Inet4Address) return ipv4Kind(b);
        if (a instanceof Inet6Address) return ipv6Kind(b);
        return null;
    }

    private static String ipv4Kind(byte[] b) {
        int first = b[0] & 0xff, second = b[1] & 0xff;
        if (first == 0) return "\"this network\" (0.0.0.0/8)";
        if (first == 127) return "loopback";
        if (first == 10 || (first == 172 && second >= 16 && second < 32) || (first == 192 && second == 168))
            return "private";
        if (first == 169 && second == 254) return "link-local";
        if (first == 100 && second >= 64 && second < 128) return "carrier-grade NAT (100.64.0.0/10)";
        if (first == 192 && second == 0 && (b[2] & 0xff) == 0) return "IETF protocol (192.0.0.0/24)";
        if (first == 198 && (second == 18 || second == 19)) return "benchmarking (198.18.0.0/15)";
        if (first >= 224) return first < 240 ? "multicast" : "reserved (240.0.0.0/4)";
        return null;
    }

    private static String ipv6Kind(byte[] b) {
        if ((b[0] & 0xfe) == 0xfc) return "unique-local (fc00::/7)";
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) return "link-local";
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) return "site-local";
        if ((b[0] & 0xff) == 0xff) return "multicast";
        boolean firstTenZero = true;
        for (int i = 0; i < 10; i++) firstTenZero &= b[i] == 0;
        // ::a.b.c.d (compatible) and ::ffff:a.b.c.d (mapped, when not already turned into an Inet4Address)
        if (firstTenZero && ((b[10] == 0 && b[11] == 0) || (b[10] == (byte) 0xff && b[11] == (byte) 0xff))) {
            boolean allZero = true;
            for (int i = 12; i < 16; i++) allZero &= b[i] == 0;
            if (allZero) return "unspecified";
            return embedded(b, 12);
        }
        // 64:ff9b::/96, the NAT64 prefix
        if (b[0] == 0 && b[1] == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b) return embedded(b, 12);
        // 2002::/16, 6to4
        if (b[0] == 0x20 && b[1] == 0x02) return embedded(b, 2);
        return null;
    }

    private static String embedded(byte[] b, int at) {
        byte[] v4 = {b[at], b[at + 1], b[at + 2], b[at + 3]};
        try {
            String kind = nonPublicKind(InetAddress.getByAddress(v4));
            return kind == null ? null : kind + " (IPv4 inside IPv6)";
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are an IPv4 address", e);
        }
    }
}
