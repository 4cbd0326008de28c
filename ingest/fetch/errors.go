package fetch

import (
	"compress/flate"
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"io"
	"net"
	"net/url"
	"strings"
	"syscall"

	"github.com/newsner/newsner"
)

// classify turns a failed request (or robots.txt fetch) into a classed
// error, and says whether trying again could help: connection errors yes;
// refusals, timeouts after connecting, unknown hosts and bad certificates
// no. ctx is the request's context.
func classify(err error, ctx context.Context) (*newsner.Error, retryHint) {
	if ue, ok := err.(*url.Error); ok {
		// net/http's `Get "URL": ` before the cause: the fetch error names
		// the URL already (once).
		err = ue.Err
	}
	var ne *newsner.Error
	if errors.As(err, &ne) {
		// Ours (the guard, robots.txt): keep its class and message.
		return &newsner.Error{Code: ne.Code, Message: ne.Message, Err: ne.Err}, retryHint{}
	}
	if ctx.Err() != nil {
		// The caller gave up (or its deadline passed): not the server's
		// fault, and not worth retrying under the same context.
		return &newsner.Error{Code: newsner.ETimeout, Message: "abandoned by the caller", Err: context.Cause(ctx)}, retryHint{}
	}
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		switch {
		case dnsErr.IsNotFound:
			return &newsner.Error{Code: newsner.ENetwork, Message: "host not found", Err: err}, retryHint{}
		case dnsErr.IsTimeout:
			return &newsner.Error{Code: newsner.ETimeout, Message: "DNS lookup timed out", Err: err}, retryHint{retry: true}
		}
		return &newsner.Error{Code: newsner.ENetwork, Message: "DNS lookup failed", Err: err}, retryHint{retry: true}
	}
	var (
		certErr   *tls.CertificateVerificationError
		unknownCA x509.UnknownAuthorityError
		hostErr   x509.HostnameError
		invalid   x509.CertificateInvalidError
		recErr    tls.RecordHeaderError
	)
	if errors.As(err, &certErr) || errors.As(err, &unknownCA) || errors.As(err, &hostErr) || errors.As(err, &invalid) {
		return &newsner.Error{Code: newsner.ENetwork, Message: "TLS certificate not accepted", Err: err}, retryHint{}
	}
	if errors.As(err, &recErr) || strings.Contains(err.Error(), "server gave HTTP response to HTTPS client") {
		// An https:// URL of a server that answered in something else
		// than TLS (net/http says so itself where the answer starts
		// "HTTP/"; Python's http.server answers a ClientHello in HTML):
		// one of plain HTTP is reached by its http:// URL. watch reads a
		// site given without a scheme (127.0.0.1:8000) as https://.
		return &newsner.Error{Code: newsner.ENetwork, Message: "TLS handshake failed: the server does not speak TLS (one of plain HTTP is reached by its http:// URL)", Err: err}, retryHint{}
	}
	var netErr net.Error
	if errors.As(err, &netErr) && netErr.Timeout() {
		var op *net.OpError
		if errors.As(err, &op) && op.Op == "dial" {
			return &newsner.Error{Code: newsner.ETimeout, Message: "connect timed out", Err: newsner.AtLimit("ConnectTimeout", err)}, retryHint{retry: true}
		}
		// net/http's own deadlines (ResponseHeaderTimeout,
		// TLSHandshakeTimeout) say which they were only in their text.
		switch msg := err.Error(); {
		case strings.Contains(msg, "timeout awaiting response headers"):
			err = newsner.AtLimit("HeaderTimeout", err)
		case strings.Contains(msg, "TLS handshake timeout"):
			err = newsner.AtLimit("ConnectTimeout", err)
		}
		return &newsner.Error{Code: newsner.ETimeout, Message: "timed out", Err: err}, retryHint{}
	}
	if strings.HasPrefix(err.Error(), "failed to parse Location header") {
		// net/http's client reads a redirect's Location before our
		// CheckRedirect sees it; the error has no type. The server's
		// answer is the fault, as a redirect to a refused URL is: not a
		// network error, and not worth asking again.
		return &newsner.Error{Code: newsner.EInvalid, Message: "redirect to a Location that is no URL", Err: err}, retryHint{}
	}
	if strings.Contains(err.Error(), "response headers exceeded") {
		// net/http's MaxResponseHeaderBytes; the error has no type.
		return &newsner.Error{Code: newsner.ETooLarge, Message: "response headers over the size cap", Err: err}, retryHint{}
	}
	msg := "network error"
	switch {
	case errors.Is(err, syscall.ECONNREFUSED):
		msg = "connection refused"
	case errors.Is(err, syscall.ECONNRESET):
		msg = "connection reset"
	case errors.Is(err, io.EOF), errors.Is(err, io.ErrUnexpectedEOF):
		msg = "connection closed early"
	}
	return &newsner.Error{Code: newsner.ENetwork, Message: msg, Err: err}, retryHint{retry: true}
}

// unreachable reports whether err says the host could not be reached at
// all: its name not resolved, its address refused by the guard, or the
// connection not made (refused, timed out, no route).
func unreachable(err error) bool {
	var ne *newsner.Error
	if errors.As(err, &ne) && ne.Code == newsner.EBlockedAddress {
		return true
	}
	var dnsErr *net.DNSError
	var op *net.OpError
	return errors.As(err, &dnsErr) || errors.As(err, &op) && op.Op == "dial"
}

func isFlateError(err error) bool {
	var ce flate.CorruptInputError
	return errors.As(err, &ce)
}
