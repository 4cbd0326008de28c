package kafkatest

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestKafkaScriptRefusesATakenPort: .ci/kafka.sh start, where another
// process holds the broker's port (another broker), says so and how to
// move it, before it fetches or starts anything; it started a broker that
// could not bind while its probe reached the other process.
func TestKafkaScriptRefusesATakenPort(t *testing.T) {
	script, err := findScript()
	if err != nil {
		t.Skipf("no broker script: %v", err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	taken := ln.Addr().(*net.TCPAddr).Port
	free := FreePorts(t, 2)
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", script, "start")
	cmd.Env = append(os.Environ(),
		fmt.Sprintf("KAFKA_PORT=%d", taken), fmt.Sprintf("KAFKA_CONTROLLER_PORT=%d", free[0]),
		fmt.Sprintf("KAFKA_SASL_PORT=%d", free[1]), "KAFKA_SSL_PORT=",
		"KAFKA_DIR="+filepath.Join(t.TempDir(), "kafka"))
	out, err := cmd.CombinedOutput()
	if err == nil {
		stop := exec.Command("bash", script, "stop")
		stop.Env = cmd.Env // this broker's KAFKA_DIR, not the shared one's
		stop.Run()
	}
	if want := fmt.Sprintf("127.0.0.1:%d is taken by another process", taken); err == nil || !strings.Contains(string(out), want) {
		t.Errorf("kafka.sh start on a taken port: %v, want a failure saying %q\n%s", err, want, out)
	}
}
