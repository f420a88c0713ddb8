vcl 4.1;

# The reference cache in front of EV Country Profiles: Varnish 7 with the xkey and vsthrottle
# modules of varnish-modules (Debian: apt-get install varnish varnish-modules).
#
# - Public answers are the ones the site marks with Surrogate-Control (pages, CSV files, the
#   anonymous API): they are kept for its max-age, indexed by their Surrogate-Key, and purged
#   by key the moment content changes (the site sends PURGE to every URL in CACHE_PURGE_URL).
# - Editors, API clients with credentials and previews never touch the cache; neither does
#   anything the site marks private or sends without caching headers.
# - Text is stored gzip-compressed once and sent compressed or not, as each client asks.
# - While the site is not ready (stopped, stopping, or without its database or Redis: its probe
#   /api/ready answers 503), cached pages keep being served for a day.
# - Abuse limits: requests that reach the site for search, chart images, sign-in and API writes
#   are counted per client address; over a limit the answer is 429 with Retry-After (a short page,
#   or JSON under /api/). Answers from the cache and the health checks are never counted. The
#   limits are `sub throttle_limits`; the addresses trusted to name the client are `trusted_proxies`.
#
# Start: varnishd -f /path/to/default.vcl -a :6081 -s malloc,256m \
#          -p vsl_mask=<as in scripts/topology/varnish.ts> -p timeout_linger=1
# (the parameters trade per-request log records for throughput; README, "Topology").
# Point CACHE_PURGE_URL at http://<varnish-host>:6081/ and list the site's hosts in `purgers`.

import std;
import vsthrottle;
import xkey;

# ---- Abuse limits -------------------------------------------------------------------------------
# Per client address and class (`sub throttle_class` below; lib/platform/routes/routeTable.ts lists the
# same routes). Each is a token bucket: LIMIT requests at once, refilled at LIMIT per PERIOD; a client
# that empties it gets 429 for BLOCK, however often it asks meanwhile. Refills count whole requests:
# time between two requests that does not add up to a whole one is lost, so irregular traffic can
# sustain about ln 2 (0.69) of LIMIT per PERIOD, evenly spaced requests all of it.
#   search   people search a few times a minute; 300 in a burst is a robot
#   chart    each image not yet cached is drawn (a PNG also rasterised)
#   sign-in  an office signing in at nine, not someone guessing passwords
#   write    an editor's autosave every 2 s is 30 a minute; 600 leave room for an office of 13
# Tests and the benchmark rewrite these lines (scripts/topology/varnishLimits.ts): one line per class.
sub throttle_limits {
    if (req.http.x-throttle == "search") { set req.http.x-throttle-limit = "60"; set req.http.x-throttle-period = "60s"; set req.http.x-throttle-block = "60s"; }
    if (req.http.x-throttle == "chart") { set req.http.x-throttle-limit = "60"; set req.http.x-throttle-period = "60s"; set req.http.x-throttle-block = "60s"; }
    if (req.http.x-throttle == "sign-in") { set req.http.x-throttle-limit = "30"; set req.http.x-throttle-period = "300s"; set req.http.x-throttle-block = "300s"; }
    if (req.http.x-throttle == "write") { set req.http.x-throttle-limit = "600"; set req.http.x-throttle-period = "60s"; set req.http.x-throttle-block = "60s"; }
}

backend site {
    .host = "127.0.0.1";
    .port = "3000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    # Readiness: 503 while the site's database, migrations or Redis fail, and from the moment it is
    # told to stop (it keeps answering for 3 s, SHUTDOWN_DRAIN_SECONDS, longer than these probes
    # take to mark it sick: two failures in a row at 1 s).
    .probe = {
        .url = "/api/ready";
        .interval = 1s;
        .timeout = 1s;
        .window = 3;
        .threshold = 2;
    }
}

# Who may purge: the site's own instances.
acl purgers {
    "127.0.0.1";
    "::1";
}

# Proxies in front of Varnish (a TLS terminator, a load balancer) whose X-Forwarded-For names the
# client the abuse limits count; anyone else is counted by its own address. Behind a proxy not
# listed here every visitor would share that proxy's limits: list it, or have it speak the PROXY
# protocol (varnishd -a :6081,PROXY), which makes client.ip the visitor's own address.
acl trusted_proxies {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    # Health checks always reach the site, never a cached answer, and are never limited.
    if (req.url ~ "^/api/(health|ready)/?(\?|$)") {
        return (pass);
    }
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(403, "Purging is not allowed from this address"));
        }
        if (!req.http.Surrogate-Key) {
            return (synth(400, "PURGE needs a Surrogate-Key header naming the keys"));
        }
        # Soft: purged objects stay in grace, to be served only while the site is down.
        set req.http.purged = xkey.softpurge(req.http.Surrogate-Key);
        return (synth(200, "Purged " + req.http.purged + " objects"));
    }
    # Signed-in editors, API clients with credentials and draft-mode previews.
    if (req.http.Authorization || req.http.Cookie ~ "(^|;\s*)(payload-token|__prerender_bypass)=") {
        return (pass);
    }
    # The site sets no other cookie; any other (a visitor's own) must not split the cache.
    unset req.http.Cookie;
    # While the site is up, an object past its time or purged is fetched anew, never shown.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 0s;
    } else {
        set req.grace = 24h;
    }
}

sub vcl_backend_response {
    if (beresp.http.Surrogate-Control ~ "max-age=[0-9]+") {
        set beresp.ttl = std.duration(
            regsub(beresp.http.Surrogate-Control, "^.*max-age=([0-9]+).*$", "\1") + "s", 0s);
        if (beresp.http.Surrogate-Key) {
            set beresp.http.xkey = beresp.http.Surrogate-Key;
        }
    } else if (!beresp.http.Cache-Control && !beresp.http.Expires) {
        # Not marked public by the site: never kept (Varnish would otherwise keep it 2 minutes).
        set beresp.uncacheable = true;
        set beresp.ttl = 120s;
        return (deliver);
    }
    set beresp.grace = 24h;
    if (!beresp.http.Content-Encoding &&
        beresp.http.Content-Type ~ "^(text/|application/(json|xml|javascript)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }
    # A refresh in the background that fails keeps the object it was refreshing.
    if (beresp.status >= 500 && bereq.is_bgfetch) {
        return (abandon);
    }
}

sub vcl_deliver {
    # Keys and our TTL are for this cache only.
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Surrogate-Control;
}

# The address the abuse limits count: client.ip, or for a request from a trusted proxy the address
# that proxy added to X-Forwarded-For (Varnish has already appended client.ip as the last entry).
sub throttle_client {
    set client.identity = client.ip;
    if (client.ip ~ trusted_proxies && req.http.X-Forwarded-For ~ ",") {
        set client.identity = std.ip(
            regsub(req.http.X-Forwarded-For, "^(?:.*,)?\s*([^,\s]+)\s*,[^,]*$", "\1"),
            client.ip, resolve = false);
    }
}

# The class of a request the limits count, if any: one line per class, the method and the address
# (tests/unit/varnish-vcl.test.ts checks them against lib/platform/routes/routeTable.ts).
sub throttle_class {
    if (req.method ~ "^(GET|HEAD)$" && req.url ~ "^/search/?(\?|$)") { set req.http.x-throttle = "search"; }
    elsif (req.method ~ "^(GET|HEAD)$" && req.url ~ "^/(countries/[^/?]+|compare)/chart\.(png|svg)(\?|$)") { set req.http.x-throttle = "chart"; }
    elsif (req.method ~ "^POST$" && req.url ~ "^/api/users/(login|forgot-password)/?(\?|$)") { set req.http.x-throttle = "sign-in"; }
    elsif (req.method ~ "^(POST|PATCH|PUT|DELETE)$" && req.url ~ "^/api(/|\?|$)") { set req.http.x-throttle = "write"; }
}

# Counts a request on its way to the site (so answers from the cache never count: a repeated
# chart is a hit, a distinct search or chart a miss) and refuses it when its class's bucket for
# this client is empty; vcl_synth writes the answer.
sub throttle {
    # Ours to set; never taken from the request. Only here, so a cache hit costs nothing more.
    unset req.http.x-throttle;
    unset req.http.x-throttle-limit;
    unset req.http.x-throttle-period;
    unset req.http.x-throttle-block;
    unset req.http.x-throttle-retry;
    call throttle_client;
    call throttle_class;
    if (req.http.x-throttle) {
        call throttle_limits;
    }
    if (req.http.x-throttle-limit) {
        set req.http.x-throttle = req.http.x-throttle + " " + client.identity;
        if (vsthrottle.is_denied(req.http.x-throttle,
                std.integer(req.http.x-throttle-limit, 1),
                std.duration(req.http.x-throttle-period, 1s),
                std.duration(req.http.x-throttle-block, 1s))) {
            set req.http.x-throttle-retry = vsthrottle.blocked(req.http.x-throttle,
                std.integer(req.http.x-throttle-limit, 1),
                std.duration(req.http.x-throttle-period, 1s),
                std.duration(req.http.x-throttle-block, 1s));
            return (synth(429, "Too Many Requests"));
        }
    }
    unset req.http.x-throttle;
    unset req.http.x-throttle-limit;
    unset req.http.x-throttle-period;
    unset req.http.x-throttle-block;
}

sub vcl_miss {
    call throttle;
}

sub vcl_pass {
    call throttle;
}

sub vcl_synth {
    if (resp.status == 429 && req.http.x-throttle-retry) {
        # Whole seconds, rounded up; at least 1.
        set resp.http.Retry-After = std.integer(
            duration = std.duration(req.http.x-throttle-retry + "s", 0s) + 0.999s);
        if (resp.http.Retry-After == "0") {
            set resp.http.Retry-After = "1";
        }
        set resp.http.Cache-Control = "no-store";
        if (req.url ~ "^/api/") {
            # The shape of the site's own API errors, so the admin and API clients show the message.
            set resp.http.Content-Type = "application/json; charset=utf-8";
            set resp.body = {"{"errors":[{"message":"Too many requests from your address. Please try again in "} +
                resp.http.Retry-After + """ seconds."}]}""";
        } else {
            set resp.http.Content-Type = "text/html; charset=utf-8";
            set resp.body = {"<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Too many requests</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 3rem auto; padding: 0 1rem">
<h1>Too many requests</h1>
<p>We received more requests from your address than we can answer right now.
Please try again in "} + resp.http.Retry-After + {" seconds.</p>
<p><a href="/">EV Country Profiles</a></p>
</body>
</html>
"};
        }
        return (deliver);
    }
}

# Publications' PDFs (docs/publications.md), in subroutines of their own that Varnish runs after
# the ones above. A range request goes straight to the site, which answers 206 from the file on
# disk (a 100 MB report is not fetched whole to show page 107). A whole PDF of up to 20 MB is
# kept like a page, purged by its own key (publication-files); a larger one is streamed through
# and not kept, so one report never pushes the pages out of the cache.
sub vcl_recv {
    if (req.url ~ "^/api/publications/file/" && req.http.Range) {
        return (pass);
    }
}

sub vcl_backend_response {
    if (beresp.http.Content-Type ~ "^application/pdf" &&
        std.integer(beresp.http.Content-Length, 0) > 20971520) {
        set beresp.do_stream = true;
        return (pass(1h));
    }
}
