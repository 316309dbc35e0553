package main

import (
	"context"
	"html/template"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"
)

func quietLogger() *slog.Logger {
	return slog.New(slog.NewTextHandler(io.Discard, nil))
}

func testHandler(t *testing.T) http.Handler {
	t.Helper()
	tmpl, err := template.ParseFiles("templates/index.html")
	if err != nil {
		t.Fatalf("parse templates: %v", err)
	}
	return newHandler(tmpl, quietLogger())
}

func TestIndexRenders(t *testing.T) {
	rec := httptest.NewRecorder()
	testHandler(t).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))

	if rec.Code != http.StatusOK {
		t.Fatalf("GET / = %d, want 200", rec.Code)
	}
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/html") {
		t.Errorf("Content-Type = %q, want text/html", ct)
	}
	body := rec.Body.String()
	hostname, _ := os.Hostname()
	for _, want := range []string{
		`<html lang="en">`,
		"<title>app_go</title>",
		"<h1>app_go</h1>",
		"<dd>" + template.HTMLEscapeString(hostname) + "</dd>",
		"<time datetime=\"" + time.Now().UTC().Format("2006-01-02"),
	} {
		if !strings.Contains(body, want) {
			t.Errorf("GET / body does not contain %q:\n%s", want, body)
		}
	}
}

func TestRoutes(t *testing.T) {
	h := testHandler(t)
	tests := []struct {
		method, path string
		status       int
		body         string
	}{
		{http.MethodGet, "/healthz", http.StatusOK, "ok\n"},
		{http.MethodHead, "/", http.StatusOK, ""},
		{http.MethodGet, "/nope", http.StatusNotFound, ""},
		{http.MethodPost, "/", http.StatusMethodNotAllowed, ""},
	}
	for _, tt := range tests {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(tt.method, tt.path, nil))
		if rec.Code != tt.status {
			t.Errorf("%s %s = %d, want %d", tt.method, tt.path, rec.Code, tt.status)
		}
		if tt.body != "" && rec.Body.String() != tt.body {
			t.Errorf("%s %s body = %q, want %q", tt.method, tt.path, rec.Body.String(), tt.body)
		}
	}
}

func TestCheckHealth(t *testing.T) {
	ts := httptest.NewServer(testHandler(t))
	defer ts.Close()

	if err := checkHealth(ts.URL + "/healthz"); err != nil {
		t.Errorf("checkHealth(/healthz) = %v, want nil", err)
	}
	if err := checkHealth(ts.URL + "/missing"); err == nil {
		t.Error("checkHealth(/missing) = nil, want an error for a 404")
	}

	// Nothing listens on a port that was just released.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := "http://" + ln.Addr().String() + "/healthz"
	ln.Close()
	if err := checkHealth(closed); err == nil {
		t.Error("checkHealth on a closed port = nil, want an error")
	}
}

func TestShutdownOnContextCancel(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, quietLogger(), newServer(testHandler(t)), ln) }()

	url := "http://" + ln.Addr().String() + "/healthz"
	if err := checkHealth(url); err != nil {
		t.Fatalf("server not answering before shutdown: %v", err)
	}

	start := time.Now()
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Fatalf("serve returned %v after cancel, want nil", err)
		}
	case <-time.After(shutdownTimeout + time.Second):
		t.Fatal("serve did not return after the context was cancelled")
	}
	t.Logf("shutdown took %v", time.Since(start))

	if err := checkHealth(url); err == nil {
		t.Error("server still answers after shutdown")
	}
}

func TestShutdownWaitsForInFlightRequest(t *testing.T) {
	started, release := make(chan struct{}), make(chan struct{})
	slow := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		close(started)
		<-release
		_, _ = io.WriteString(w, "done")
	})
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- serve(ctx, quietLogger(), newServer(slow), ln) }()

	got := make(chan string, 1)
	go func() {
		resp, err := http.Get("http://" + ln.Addr().String() + "/")
		if err != nil {
			got <- "error: " + err.Error()
			return
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		got <- string(b)
	}()

	<-started
	cancel()
	select {
	case err := <-done:
		t.Fatalf("serve returned %v while a request was still in flight", err)
	case <-time.After(100 * time.Millisecond):
	}
	close(release)
	if body := <-got; body != "done" {
		t.Errorf("in-flight request got %q, want %q", body, "done")
	}
	if err := <-done; err != nil {
		t.Errorf("serve returned %v, want nil", err)
	}
}

func TestServerTimeouts(t *testing.T) {
	srv := newServer(http.NotFoundHandler())
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout <= 0 || srv.WriteTimeout <= 0 || srv.IdleTimeout <= 0 {
		t.Errorf("server timeouts must all be set: header %v, read %v, write %v, idle %v",
			srv.ReadHeaderTimeout, srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout)
	}
}
