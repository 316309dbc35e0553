// Command app_go is the sample web app of the Dockerfile practices guide: one page rendered
// from templates/index.html, a /healthz endpoint, and a clean shutdown on SIGTERM or SIGINT.
//
// It listens on :3000, or on :$PORT when PORT is set. Templates are read from ./templates,
// relative to the working directory, once at startup.
//
// Run with -healthcheck, it requests http://127.0.0.1:$PORT/healthz and exits 0 or 1, so a
// Docker HEALTHCHECK works in images that have no shell and no curl.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"html/template"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/signal"
	"runtime"
	"syscall"
	"time"
)

const (
	appName     = "app_go"
	defaultPort = "3000"
	// shutdownTimeout is how long in-flight requests get to finish after SIGTERM. It stays
	// well under docker stop's default grace period of 10 seconds.
	shutdownTimeout = 5 * time.Second
)

func main() {
	healthcheckFlag := flag.Bool("healthcheck", false,
		"request http://127.0.0.1:$PORT/healthz, then exit 0 if it answers 200 and 1 otherwise")
	flag.Parse()

	port := os.Getenv("PORT")
	if port == "" {
		port = defaultPort
	}

	if *healthcheckFlag {
		if err := checkHealth("http://" + net.JoinHostPort("127.0.0.1", port) + "/healthz"); err != nil {
			fmt.Fprintln(os.Stderr, "healthcheck:", err)
			os.Exit(1)
		}
		os.Exit(0)
	}

	logger := slog.New(slog.NewJSONHandler(os.Stdout, nil))

	// The context is cancelled on the first SIGTERM (docker stop) or SIGINT (CTRL+C).
	// Without this, the Go runtime would end the process at once on either signal and drop
	// in-flight requests; with it, run stops accepting connections and lets them finish.
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, os.Interrupt)
	defer stop()
	// After the first signal, restore the default behaviour so a second one is not swallowed.
	context.AfterFunc(ctx, stop)

	if err := run(ctx, logger, ":"+port); err != nil {
		logger.Error("server failed", "error", err)
		os.Exit(1)
	}
	logger.Info("stopped")
}

// run parses the templates, listens on addr and serves until ctx is cancelled.
func run(ctx context.Context, logger *slog.Logger, addr string) error {
	tmpl, err := template.ParseFiles("templates/index.html")
	if err != nil {
		return fmt.Errorf("parse templates: %w", err)
	}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	srv := newServer(newHandler(tmpl, logger))
	logger.Info("listening", "addr", ln.Addr().String(), "go", runtime.Version())
	return serve(ctx, logger, srv, ln)
}

// newServer sets timeouts, so a slow or idle client cannot hold a connection open forever.
func newServer(h http.Handler) *http.Server {
	return &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       60 * time.Second,
	}
}

// serve runs srv on ln until ctx is cancelled, then stops accepting connections and waits up
// to shutdownTimeout for in-flight requests. It returns nil after a clean shutdown.
func serve(ctx context.Context, logger *slog.Logger, srv *http.Server, ln net.Listener) error {
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()

	select {
	case err := <-errc:
		return err // Serve failed before any shutdown was asked for.
	case <-ctx.Done():
	}

	logger.Info("shutting down", "timeout", shutdownTimeout.String())
	shutdownCtx, cancel := context.WithTimeout(context.Background(), shutdownTimeout)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// pageData is what templates/index.html shows.
type pageData struct {
	Name        string
	Hostname    string
	GoVersion   string
	RequestTime time.Time
}

func newHandler(tmpl *template.Template, logger *slog.Logger) http.Handler {
	hostname, err := os.Hostname()
	if err != nil {
		hostname = "unknown"
	}

	mux := http.NewServeMux()
	// "GET /{$}" matches GET and HEAD of "/" only; other paths get 404, other methods 405.
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		var buf bytes.Buffer
		data := pageData{
			Name:        appName,
			Hostname:    hostname,
			GoVersion:   runtime.Version(),
			RequestTime: time.Now().UTC(),
		}
		if err := tmpl.Execute(&buf, data); err != nil {
			logger.Error("render index", "error", err)
			http.Error(w, "internal server error", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = buf.WriteTo(w)
	})
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/plain; charset=utf-8")
		_, _ = io.WriteString(w, "ok\n")
	})
	return logRequests(logger, mux)
}

// logRequests logs one line per request. Health checks are logged at debug level, which the
// default handler drops, so a HEALTHCHECK every 30 seconds does not flood the log.
func logRequests(logger *slog.Logger, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w, status: http.StatusOK}
		next.ServeHTTP(rec, r)
		level := slog.LevelInfo
		if r.URL.Path == "/healthz" {
			level = slog.LevelDebug
		}
		logger.LogAttrs(r.Context(), level, "request",
			slog.String("method", r.Method),
			slog.String("path", r.URL.Path),
			slog.Int("status", rec.status),
			slog.Float64("duration_ms", float64(time.Since(start).Microseconds())/1000),
		)
	})
}

type statusRecorder struct {
	http.ResponseWriter
	status int
}

func (r *statusRecorder) WriteHeader(status int) {
	r.status = status
	r.ResponseWriter.WriteHeader(status)
}

// checkHealth requests url and returns nil if it answers 200 OK within two seconds.
func checkHealth(url string) error {
	client := &http.Client{Timeout: 2 * time.Second}
	resp, err := client.Get(url)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	_, _ = io.Copy(io.Discard, resp.Body)
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("%s answered %s", url, resp.Status)
	}
	return nil
}
