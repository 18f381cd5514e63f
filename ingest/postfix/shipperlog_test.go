package postfix

import "testing"

// TestShipperRecordStartingWithLog checks records of log shippers whose
// first key is "log" (Fluent Bit's file output with Format plain writes
// {"log":"…"}; Filebeat puts its log object first): they are shippers'
// records, read for their line, not Docker's json-file records — and
// Docker's own records still are (review S23A-1).
func TestShipperRecordStartingWithLog(t *testing.T) {
	for _, line := range []string{
		`{"log":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + s22dDelivery + `"}`,
		`{"log":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + s22dDelivery + `","date":1742629501.1}`,
		`{"log":{"offset":1,"file":{"path":"/var/log/mail.log"}},"message":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + s22dDelivery + `"}`,
		`{ "log":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + s22dDelivery + `"}`,
		`{"log":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + s22dDelivery + `\n","stream":"stdout","time":"2025-03-22T07:45:01.5Z"}`,
		`{"stream":"stdout","log":"Mar 22 07:45:01 mx postfix/smtp[1]: ` + s22dDelivery + `\n","time":"2025-03-22T07:45:01.5Z"}`,
	} {
		if r := wrapParser().Parse(line); r.Kind != KindDelivery {
			t.Errorf("kind %s (%v) for %.70q", r.Kind, r.Err, line)
		}
	}
}
