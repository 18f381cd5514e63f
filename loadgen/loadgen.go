// Package loadgen generates synthetic delivery events: the load of
// `mailflow produce --rate`, the traffic of `mailflow dev --demo`, and the
// input of the throughput benchmark. Events look like a real transport
// server's: realistic SMTP responses for every outcome, recipients spread
// over many domains, delays of a few hundred milliseconds to minutes.
package loadgen

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// Mix is the share of attempts that fail, by outcome; the rest are
// delivered. Shares are fractions in [0, 1] that add up to at most 1.
type Mix struct {
	Deferred float64
	Bounced  float64
	Expired  float64
}

// Validate checks that the shares are fractions adding up to at most 1.
func (m Mix) Validate() error {
	for _, f := range []struct {
		name string
		v    float64
	}{{"deferred", m.Deferred}, {"bounced", m.Bounced}, {"expired", m.Expired}} {
		if f.v < 0 || f.v > 1 {
			return fmt.Errorf("failure mix: %s share %v is not a fraction in [0, 1]", f.name, f.v)
		}
	}
	if s := m.Deferred + m.Bounced + m.Expired; s > 1 {
		return fmt.Errorf("failure mix: shares add up to %v, more than 1", s)
	}
	return nil
}

// response is a reply a remote server gives, with its codes.
type response struct {
	code     int
	enhanced string
	text     string
	outcome  schemas.Outcome
}

// Responses modelled on real servers' replies.
var (
	deliveredReplies = []response{
		{250, "2.0.0", "250 2.0.0 OK  1732622013 a640c23a62f3a-aa5b9c3e1f1si123456766b.512 - gsmtp", schemas.OutcomeDelivered},
		{250, "2.0.0", "250 2.0.0 OK <{rcpt}> [Hostname=AM7PR02MB6387.eurprd02.prod.outlook.com]", schemas.OutcomeDelivered},
		{250, "", "250 ok 1732621845 qp 30417 by {mx}", schemas.OutcomeDelivered},
		{250, "2.0.0", "250 2.0.0 Ok: queued as 4R7kXq1Zb3z9vJt", schemas.OutcomeDelivered},
	}
	deferredReplies = []response{
		{421, "4.7.0", "421 4.7.0 [TSS04] Messages from 192.0.2.10 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes", schemas.OutcomeDeferred},
		{450, "4.2.1", "450-4.2.1 The user you are trying to contact is receiving mail too quickly.\n450 4.2.1 Please resend your message at a later time. - gsmtp", schemas.OutcomeDeferred},
		{451, "4.7.1", "451 4.7.1 Greylisting in action, please come back later", schemas.OutcomeDeferred},
		{0, "4.4.1", "connect to {mx}[192.0.2.25]:25: Connection timed out", schemas.OutcomeDeferred},
	}
	bouncedReplies = []response{
		{550, "5.1.1", "550-5.1.1 The email account that you tried to reach does not exist. Please try\n550 5.1.1 double-checking the recipient's email address for typos - gsmtp", schemas.OutcomeBounced},
		{550, "5.7.1", "550 5.7.1 Service unavailable, Client host [192.0.2.10] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.10", schemas.OutcomeBounced},
		{552, "5.2.2", "552 5.2.2 <{rcpt}>: mailbox full", schemas.OutcomeBounced},
		{550, "5.7.26", "550-5.7.26 Unauthenticated email from example.net is not accepted due to domain's\n550 5.7.26 DMARC policy. - gsmtp", schemas.OutcomeBounced},
	}
	expiredReplies = []response{
		{0, "4.4.7", "delivery temporarily suspended: connect to {mx}[192.0.2.25]:25: Connection timed out; message expired", schemas.OutcomeExpired},
	}
)

// Generator produces synthetic events over a fixed set of domains. It is
// deterministic for a seed, so a benchmark or a test can replay the same
// stream. A Generator is not safe for concurrent use.
type Generator struct {
	domains []string
	mix     Mix
	rng     *rand.Rand
	seq     uint64
	prefix  string
}

// NewGenerator returns a generator over n domains named
// d00000.example, d00001.example, ...; prefix makes event ids unique across
// generators (runs of `mailflow produce`).
func NewGenerator(seed uint64, n int, mix Mix, prefix string) *Generator {
	domains := make([]string, n)
	for i := range domains {
		domains[i] = fmt.Sprintf("d%05d.example", i)
	}
	return &Generator{domains: domains, mix: mix, rng: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), prefix: prefix}
}

// NewGeneratorFor returns a generator over the given domains.
func NewGeneratorFor(seed uint64, domains []string, mix Mix, prefix string) *Generator {
	g := NewGenerator(seed, 0, mix, prefix)
	g.domains = domains
	return g
}

// Domains returns the generator's domains.
func (g *Generator) Domains() []string { return g.domains }

// Next returns an attempt completed at `at` to a random domain.
func (g *Generator) Next(at time.Time) schemas.DeliveryEvent {
	return g.NextFor(g.domains[g.rng.IntN(len(g.domains))], at, g.mix)
}

// NextFor returns an attempt to domain, completed at `at`, failing with the
// given mix.
func (g *Generator) NextFor(domain string, at time.Time, mix Mix) schemas.DeliveryEvent {
	g.seq++
	var replies []response
	switch x := g.rng.Float64(); {
	case x < mix.Bounced:
		replies = bouncedReplies
	case x < mix.Bounced+mix.Deferred:
		replies = deferredReplies
	case x < mix.Bounced+mix.Deferred+mix.Expired:
		replies = expiredReplies
	default:
		replies = deliveredReplies
	}
	r := replies[g.rng.IntN(len(replies))]
	user := "user" + strconv.Itoa(g.rng.IntN(5000))
	rcpt := user + "@" + domain
	text := r.text
	if strings.IndexByte(text, '{') >= 0 {
		text = strings.NewReplacer("{rcpt}", rcpt, "{mx}", "mx1."+domain).Replace(text)
	}
	delay := time.Duration(200+g.rng.IntN(2000)) * time.Millisecond
	if r.outcome != schemas.OutcomeDelivered {
		delay += time.Duration(g.rng.IntN(600)) * time.Second
	}
	id := g.prefix + strconv.FormatUint(g.seq, 36)
	return schemas.DeliveryEvent{
		V: schemas.Version, ID: id, MessageID: "q" + strconv.FormatUint(g.seq, 36), Domain: domain,
		Recipient: rcpt, Sender: "newsletter@shop.example", Attempt: 1,
		QueuedAt: at.Add(-delay), CompletedAt: at, SMTPCode: r.code, EnhancedCode: r.enhanced,
		Response: text, RemoteHost: "mx1." + domain, RemoteIP: "192.0.2.25", Transport: "out-1.mail.example",
		Size: int64(2000 + g.rng.IntN(50000)), Outcome: r.outcome,
	}
}
