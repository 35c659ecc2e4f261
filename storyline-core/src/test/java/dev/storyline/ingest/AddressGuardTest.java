package dev.storyline.ingest;

import org.junit.jupiter.api.Test;

import java.net.InetAddress;
import java.net.UnknownHostException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AddressGuardTest {

    private static String kind(String literal) throws UnknownHostException {
        return AddressGuard.nonPublicKind(InetAddress.getByName(literal));
    }

    @Test
    void nonPublicIpv4RangesAreNamed() throws UnknownHostException {
        assertEquals("loopback", kind("127.0.0.1"));
        assertEquals("loopback", kind("127.8.9.10"));
        assertEquals("private", kind("10.0.0.1"));
        assertEquals("private", kind("172.16.5.4"));
        assertEquals("private", kind("192.168.1.1"));
        assertEquals("link-local", kind("169.254.169.254"));
        assertEquals("any-local", kind("0.0.0.0"));
        assertEquals("multicast", kind("224.0.0.1"));
        assertNotNull(kind("100.64.0.1"));
        assertNotNull(kind("255.255.255.255"));
    }

    @Test
    void nonPublicIpv6RangesAreNamed() throws UnknownHostException {
        assertEquals("loopback", kind("::1"));
        assertEquals("any-local", kind("::"));
        assertEquals("link-local", kind("fe80::1"));
        assertTrue(kind("fd12:3456::1").startsWith("unique-local"));
        assertEquals("multicast", kind("ff02::1"));
    }

    @Test
    void ipv4InsideIpv6IsJudgedAsTheIpv4AddressItCarries() throws UnknownHostException {
        assertEquals("private", kind("::ffff:10.0.0.1")); // mapped: Java turns it into 10.0.0.1
        assertTrue(kind("::127.0.0.1").startsWith("loopback"));
        assertTrue(kind("64:ff9b::a00:1").startsWith("private"));  // NAT64 of 10.0.0.1
        assertTrue(kind("2002:a9fe:a9fe::1").startsWith("link-local")); // 6to4 of 169.254.169.254
        assertNull(kind("64:ff9b::808:808")); // NAT64 of 8.8.8.8 is public
    }

    @Test
    void publicAddressesPass() throws UnknownHostException {
        assertNull(kind("8.8.8.8"));
        assertNull(kind("172.32.0.1"));
        assertNull(kind("2001:4860:4860::8888"));
    }

    @Test
    void theGuardRefusesALiteralPrivateHostWithTheReason() {
        AddressGuard.Verdict v = new AddressGuard(false).check("[::1]");
        String reason = assertInstanceOf(AddressGuard.Verdict.Forbidden.class, v).reason();
        assertEquals("[::1] resolves to 0:0:0:0:0:0:0:1, a loopback address; private addresses are refused unless allowed (--allow-private-addresses)", reason);
        assertInstanceOf(AddressGuard.Verdict.Allowed.class, new AddressGuard(true).check("127.0.0.1"));
    }
}
