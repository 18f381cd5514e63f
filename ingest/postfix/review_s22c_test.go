package postfix

import (
	"strings"
	"testing"
)

// S22C-5: queueIDBefore strips the ']' of the syslog tag, so a pid of six
// or more digits (pid_max is 4194304 on 64-bit Linux) counts as a queue
// id: whether a line is malformed or skipped depends on the pid.
func TestRevS22CPidIsNoQueueID(t *testing.T) {
	p := testParser()
	for _, pid := range []string{"12345", "123456", "1234567"} {
		for _, line := range []string{
			// The client chooses its HELO name.
			"Mar 22 07:45:01 mx postfix/smtpd[" + pid + "]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 <x@example.com>: Relay access denied; from=<a@example.org> to=<x@example.com> proto=ESMTP helo=<status=1>",
			"Mar 22 07:45:01 mx myapp[" + pid + "]: sent notification to=<a@b.example> status=ok",
		} {
			if r := p.Parse(line); r.Kind != KindSkip {
				t.Errorf("pid %s: %.60q: %s (%v), want skip", pid, line, r.Kind, r.Err)
			}
		}
	}
}

// S22C-6: a shipper's record that carries "stream" (Vector's docker_logs
// and kubernetes_logs sources, a Docker record whose keys are not in
// json-file's order) is sent to journalLine and reported as a journald
// entry: the delivery is lost with the wrong advice (what S22A-5 fixed
// for the other shapes).
func TestRevS22CShipperWithStream(t *testing.T) {
	for _, line := range []string{
		`{"container_name":"postfix","message":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + wrappedDelivery + `","source_type":"docker_logs","stream":"stdout","timestamp":"2025-03-22T07:45:02Z"}`,
		`{"file":"/var/log/pods/mail_postfix/0.log","message":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + wrappedDelivery + `","source_type":"kubernetes_logs","stream":"stdout"}`,
	} {
		r := wrapParser().Parse(line)
		if r.Kind != KindDelivery {
			t.Errorf("%.60q: %s (%v), want the delivery", line, r.Kind, r.Err)
		}
		if r.Err != nil && strings.Contains(r.Err.Error(), "journald") {
			t.Errorf("a shipper's record reported as journald's: %v", r.Err)
		}
	}
}

// S22C-7: the fuzz oracle is not independent of the guard where it
// matters: FindAll's matches run to the last status=, so only the first
// "run:" of a line is tried; and it accepts the guard's own bracket set.
func TestRevS22COracleWeakerThanGuard(t *testing.T) {
	for _, line := range []string{
		"Mar 22 07:45:01 mx vector[9]: warning: 7A3F2B1C4D: to=<a@b.example>, relay=none, status=sent (250 ok)",
		"Mar 22 07:45:01 mx vector[9]: reading: file: 7A3F2B1C4D: to=<a@b.example>, relay=none, status=sent (250 ok)",
	} {
		if looksLikeDelivery(line) && !deliveryShaped(line) {
			t.Errorf("the guard sees a delivery the oracle does not: %.70q", line)
		}
	}
	// Shapes both miss, so fuzzing cannot find them: skipped in silence.
	for _, line := range []string{
		`Mar 22 07:45:01 mx shipper[9]: {'7A3F2B1C4D': 'to=<a@b.example>, relay=none, status=sent (250 ok)'}`,
		`Mar 22 07:45:01 mx shipper[9]: (7A3F2B1C4D): to=<a@b.example>, relay=none, status=sent (250 ok)`,
	} {
		if r := wrapParser().Parse(line); r.Kind == KindSkip && r.Note == "" {
			t.Errorf("delivery-shaped line skipped in silence: %.70q", line)
		}
	}
}

// S22C-8: a forwarded line's event id hashes the outer line, so the same
// Postfix line relayed twice (a relay's retry, two forwarding paths) is
// two events, where the inner line alone would be one.
func TestRevS22CForwardedID(t *testing.T) {
	inner := "Mar 22 07:45:01 mx postfix/smtp[1085]: " + deliveryMsg
	a := testParser().Parse("Mar 22 07:45:09 loghost relay[9]: " + inner)
	b := testParser().Parse("Mar 22 07:45:10 loghost relay[9]: " + inner)
	if a.Kind != KindDelivery || b.Kind != KindDelivery {
		t.Fatalf("%s %v / %s %v", a.Kind, a.Err, b.Kind, b.Err)
	}
	if a.Deliveries[0].ID != b.Deliveries[0].ID {
		t.Errorf("one Postfix line, two event ids: %s %s", a.Deliveries[0].ID, b.Deliveries[0].ID)
	}
}
