package kafkatest

import (
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// Addr returns the address of the broker the integration tests share
// (NEWSNER_KAFKA, set by .ci/test.sh), skipping the test where it is unset.
func Addr(t testing.TB) string {
	t.Helper()
	b := os.Getenv("NEWSNER_KAFKA")
	if b == "" {
		t.Skip("NEWSNER_KAFKA not set: no Kafka broker for integration tests (bash .ci/test.sh starts one; or .ci/kafka.sh start and NEWSNER_KAFKA=127.0.0.1:9092)")
	}
	return b
}

// Broker is a Kafka broker of a test's own, for tests that stop and start
// it: started with the repository's .ci/kafka.sh on free loopback ports
// with its own data directory, so the broker other tests share is not
// disturbed; stopped at the test's cleanup. Its data survives Stop/Start.
type Broker struct {
	// Addr is the broker's PLAINTEXT address.
	Addr string

	t   testing.TB
	run func(arg string)
}

// StartBroker starts a broker for t. It skips the test where the
// integration tests do not run (NEWSNER_KAFKA unset, as Addr does), in
// -short mode, and where the script cannot be found (NEWSNER_KAFKA_SCRIPT,
// else .ci/kafka.sh in a directory above the test's).
func StartBroker(t testing.TB) *Broker {
	t.Helper()
	Addr(t)
	if testing.Short() {
		t.Skip("starts a broker of its own: not in -short mode")
	}
	script, err := findScript()
	if err != nil {
		t.Skipf("no broker script: %v", err)
	}
	ports := FreePorts(t, 3)
	env := append(os.Environ(),
		fmt.Sprintf("KAFKA_PORT=%d", ports[0]), fmt.Sprintf("KAFKA_CONTROLLER_PORT=%d", ports[1]),
		fmt.Sprintf("KAFKA_SASL_PORT=%d", ports[2]), "KAFKA_SSL_PORT=",
		"KAFKA_DIR="+filepath.Join(t.TempDir(), "kafka"), "KAFKA_HEAP=384m",
		"KAFKA_FRESH=0") // a restart keeps the data
	b := &Broker{Addr: fmt.Sprintf("127.0.0.1:%d", ports[0]), t: t}
	b.run = func(arg string) {
		cmd := exec.Command("bash", script, arg)
		cmd.Env = env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("kafka.sh %s: %v\n%s", arg, err, out)
		}
	}
	b.run("start")
	t.Cleanup(func() { b.run("stop") })
	return b
}

// Stop stops the broker (SIGTERM, then SIGKILL).
func (b *Broker) Stop() { b.t.Helper(); b.run("stop") }

// Start starts the broker again and waits until it answers.
func (b *Broker) Start() { b.t.Helper(); b.run("start") }

func findScript() (string, error) {
	if s := os.Getenv("NEWSNER_KAFKA_SCRIPT"); s != "" {
		_, err := os.Stat(s)
		return s, err
	}
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		s := filepath.Join(dir, ".ci", "kafka.sh")
		if _, err := os.Stat(s); err == nil {
			return s, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", fmt.Errorf(".ci/kafka.sh not found above the test's directory")
		}
		dir = parent
	}
}

// FreePorts returns n loopback ports that were free a moment ago, so that
// brokers of concurrent tests (or test runs) do not collide.
func FreePorts(t testing.TB, n int) []int {
	t.Helper()
	var ports []int
	var lns []net.Listener
	for range n {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		lns = append(lns, ln)
		ports = append(ports, ln.Addr().(*net.TCPAddr).Port)
	}
	for _, ln := range lns {
		ln.Close()
	}
	return ports
}
