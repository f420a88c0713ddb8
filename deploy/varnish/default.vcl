vcl 4.1;

# The reference cache in front of EV Country Profiles: Varnish 7 with the xkey module of
# varnish-modules (Debian: apt-get install varnish varnish-modules).
#
# - Public answers are the ones the site marks with Surrogate-Control (pages, CSV files, the
#   anonymous API): they are kept for its max-age, indexed by their Surrogate-Key, and purged
#   by key the moment content changes (the site sends PURGE to every URL in CACHE_PURGE_URL).
# - Editors, API clients with credentials and previews never touch the cache; neither does
#   anything the site marks private or sends without caching headers.
# - Text is stored gzip-compressed once and sent compressed or not, as each client asks.
# - While the site (or its database) is down, cached pages keep being served for a day.
#
# Start: varnishd -f /path/to/default.vcl -a :6081 -s malloc,256m \
#          -p vsl_mask=<as in scripts/topology/varnish.ts> -p timeout_linger=1
# (the parameters trade per-request log records for throughput; README, "Topology").
# Point CACHE_PURGE_URL at http://<varnish-host>:6081/ and list the site's hosts in `purgers`.

import std;
import xkey;

backend site {
    .host = "127.0.0.1";
    .port = "3000";
    .connect_timeout = 2s;
    .first_byte_timeout = 60s;
    # robots.txt is answered without the database: "healthy" means the site process answers.
    .probe = {
        .url = "/robots.txt";
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

sub vcl_recv {
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
