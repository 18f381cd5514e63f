package api_test

import (
	"bufio"
	"fmt"
	"net"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/logstore"
	"github.com/mailflow/mailflow/processor"
	"github.com/mailflow/mailflow/schemas"
)

// TestExportsBoundedPerCaller: one caller runs at most
// logstore.DefaultExportsPerCaller exports at once through the API; the
// next is answered 429 with Retry-After, and runs once one has ended
// (review finding: 300 stalled exports at once held 320 MB). The caller
// is the token, not the address: a manager at the same address still
// exports while the operator's exports are full.
func TestExportsBoundedPerCaller(t *testing.T) {
	f := newFixtureToken(t, "exports-operator-token-0123456789")
	f.run()
	const domain, managerToken = "exports.example", "exports-manager-token-0123456789"
	f.publishConfig(directory.Reseller{ID: "rx"}, directory.Customer{ID: "cx", Reseller: "rx"}, directory.Domain{Name: domain, Customer: "cx"},
		directory.Manager{ID: "pm-x", Level: directory.LevelDomain, Of: domain, Email: "pm@exports.example", APITokenSHA256: directory.HashToken(managerToken)})
	f.waitFor("the manager's token", func() bool {
		code, _ := f.getAs(managerToken, "/api/v1/domains/"+domain+"/logs?limit=1", nil)
		return code == http.StatusOK
	})
	part := processor.PartitionFor(domain, testPartitions)
	// Enough attempts that an export fills the sockets' buffers and
	// waits for a reader that does not read.
	at := time.Now().Add(-time.Hour)
	var batch []logstore.Attempt
	for i := range 60000 {
		batch = append(batch, logstore.Attempt{
			Event: schemas.DeliveryEvent{V: 1, ID: fmt.Sprintf("x-%d", i), Domain: domain, Recipient: fmt.Sprintf("user%d@%s", i, domain),
				CompletedAt: at, Outcome: schemas.OutcomeBounced, SMTPCode: 550, Response: "550 5.1.1 " + strings.Repeat("no such user here ", 10)},
			Arrival: at.Add(time.Duration(i) * time.Millisecond), Pos: logstore.Pos{Source: logstore.SourceDeliveries, Partition: part, Offset: int64(1_000_000 + i)},
		})
	}
	if _, err := f.logs.AppendCounted(f.ctx, batch); err != nil {
		t.Fatal(err)
	}
	addr := f.srv.Listener.Addr().String()
	hold := func() net.Conn {
		t.Helper()
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(c, "GET /api/v1/domains/%s/logs?format=ndjson HTTP/1.1\r\nHost: %s\r\nAuthorization: Bearer %s\r\n\r\n", domain, addr, f.adminToken)
		line, err := bufio.NewReader(c).ReadString('\n')
		if err != nil || !strings.HasPrefix(line, "HTTP/1.1 200") {
			t.Fatalf("an export: %q %v", line, err)
		}
		return c // and reads nothing more
	}
	var held []net.Conn
	for range logstore.DefaultExportsPerCaller {
		held = append(held, hold())
	}
	code, body := f.get("/api/v1/domains/"+domain+"/logs?format=csv", nil)
	if code != http.StatusTooManyRequests || !strings.Contains(string(body), "at most") {
		t.Fatalf("an export beyond the caller's bound: %d %.200s, want 429", code, body)
	}
	if code, _ := f.get("/api/v1/domains/"+domain+"/logs?limit=5", nil); code != http.StatusOK {
		t.Fatalf("a page while the caller's exports run: %d, want 200", code)
	}
	until := "&until=" + at.Add(time.Second).UTC().Format(time.RFC3339)
	if code, body := f.getAs(managerToken, "/api/v1/domains/"+domain+"/logs?format=csv"+until, nil); code != http.StatusOK {
		t.Fatalf("another caller's export from the same address: %d %.200s, want 200", code, body)
	}
	for _, c := range held {
		c.Close()
	}
	f.waitFor("an export slot given back", func() bool {
		code, _ := f.get("/api/v1/domains/"+domain+"/logs?format=csv"+until, nil)
		return code == http.StatusOK
	})
}
