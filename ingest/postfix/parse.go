package postfix

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"net/netip"
	"strconv"
	"strings"
	"time"

	"github.com/mailflow/mailflow/schemas"
)

// Kind classifies a log line.
type Kind uint8

// The kinds of log line.
const (
	// KindSkip is a well-formed line that is not a delivery result: other
	// daemons, warnings, inbound rejects, qmgr bookkeeping, neighbours.
	KindSkip Kind = iota
	// KindDelivery is a per-recipient delivery result, or qmgr's
	// message-level expiry, which yields one delivery per recipient that
	// was still deferred.
	KindDelivery
	// KindMalformed is a cut, glued or otherwise broken line that looks like
	// (part of) a log record but cannot be read as one. Such lines are
	// counted and reported, never turned into events.
	KindMalformed
)

// String returns "skip", "delivery" or "malformed".
func (k Kind) String() string {
	switch k {
	case KindSkip:
		return "skip"
	case KindDelivery:
		return "delivery"
	case KindMalformed:
		return "malformed"
	}
	return "kind(" + strconv.Itoa(int(k)) + ")"
}

// ErrUnjoinedExpired is wrapped by the error of an expired line (qmgr's
// "status=expired, returned to sender") for which no deferred recipient is
// known: the earlier deferred lines were not read (the log starts later, or
// the join state was evicted). The line is reported as malformed because its
// events cannot be built; the earlier deferred attempts, where they were
// read, have already become events of their own.
var ErrUnjoinedExpired = errors.New("expired message with no known deferred recipient")

// ParserOption configures a Parser.
type ParserOption func(*Parser)

// WithLocation sets the time zone of timestamps that carry none (BSD
// syslog, RFC 3339 without an offset). The default is time.Local.
func WithLocation(loc *time.Location) ParserOption {
	return func(p *Parser) {
		if loc != nil {
			p.loc = loc
		}
	}
}

// WithNow sets the reference clock used to pick the year of BSD syslog
// timestamps, which have none: the year that puts the line closest to, and
// not more than a day after, now(). Run measures Config.MaxAge by it too.
// The default is time.Now; tests and replays of old logs set a fixed time.
func WithNow(now func() time.Time) ParserOption {
	return func(p *Parser) {
		if now != nil {
			p.now = now
		}
	}
}

// WithMaxQueueEntries bounds the number of queue ids the parser remembers
// for its joins (default DefaultMaxQueueEntries). When the bound is reached
// the entries untouched for longest are forgotten; a later line of such a
// message then lacks sender and size, and its expiry cannot be attributed.
func WithMaxQueueEntries(n int) ParserOption {
	return func(p *Parser) {
		if n > 0 {
			p.join = newJoinTable(n)
		}
	}
}

// WithJournalUIDs makes journald JSON entries count only when journald
// says root or one of uids wrote them (the _UID it records, which a
// process cannot choose): Postfix's master runs as root and its delivery
// agents as its mail_owner (postconf mail_owner, the "postfix" account).
// The uid is what proves an entry Postfix's; the program must moreover
// be one of Postfix's by its file name, in whatever directory (NixOS's
// /nix/store, a container's own path), which keeps out root's logger
// (review S26B-7). Without it any system account (a uid below 1000) is
// believed, which lets a compromised web application (www-data) running
// a program named smtp forge deliveries (review S26B-2). A container
// runtime's entries count as root's only for the containers given to
// WithJournalContainers; a uid given here makes a rootless runtime of
// that account count too.
func WithJournalUIDs(uids ...uint32) ParserOption {
	return func(p *Parser) {
		p.journal.uids = map[int64]bool{0: true}
		for _, u := range uids {
			p.journal.uids[int64(u)] = true
		}
	}
}

// WithJournalContainers names the containers whose output, in journald
// JSON entries that a container runtime wrote (Docker's and Podman's
// journald log drivers: _EXE dockerd or conmon, as root), is Postfix's:
// each ref is a container's name (the entry's CONTAINER_NAME, as it was
// when the container started; a leading "/", as docker inspect prints
// it, is dropped) or its full 64-hex-digit id (CONTAINER_ID_FULL). The
// runtime sets those fields; the container's process only writes its
// stdout, so it cannot pose as another container; its tag
// (SYSLOG_IDENTIFIER, CONTAINER_TAG) and IMAGE_NAME do not count, nor do
// container fields in an entry no runtime wrote. Everything the listed
// containers print is read as Postfix's log: list only containers that
// run Postfix. Without it no container's entry counts (review S26B-2).
// The same list admits a container's Postfix that writes to the host's
// journal socket itself (its _SYSTEMD_CGROUP names the container: Docker,
// Podman, containerd and CRI-O by the full id, LXC and systemd-nspawn
// containers by name), still only as a Postfix program run by a believed
// uid (review S27A-3).
// Empty refs are ignored; later calls add to the list.
//
// Docker's journald driver lets the labels and env log options (and
// their -regex forms) add fields from the container's labels and
// environment, which the image sets, and such a field overrides
// CONTAINER_NAME when its key sanitizes to it: do not pass keys that do.
func WithJournalContainers(refs ...string) ParserOption {
	return func(p *Parser) {
		for _, r := range refs {
			r = strings.TrimPrefix(r, "/")
			if r == "" {
				continue
			}
			if p.journal.containers == nil {
				p.journal.containers = map[string]bool{}
			}
			p.journal.containers[r] = true
		}
	}
}

// WithJournalMachine names the machine (its /etc/machine-id, 32
// lowercase hex digits; journald's _MACHINE_ID) whose journal the input
// is: a journald entry of any other machine is refused as untrusted.
// Without it the first believed entry's machine is the input's (review
// S29A-3), which whoever writes first decides, at every start: give it
// (mailflow ingest postfix gives this machine's /etc/machine-id unless
// told otherwise, review S29C-1). An id that is not 32 lowercase hex
// digits is ignored; the command line refuses it.
func WithJournalMachine(id string) ParserOption {
	return func(p *Parser) {
		if ValidMachineID(id) {
			p.machine = id
		}
	}
}

// ValidMachineID reports whether id is a machine id as machine-id(5)
// writes it: 32 lowercase hexadecimal digits.
func ValidMachineID(id string) bool {
	if len(id) != 32 {
		return false
	}
	for i := 0; i < len(id); i++ {
		if c := id[i]; (c < '0' || c > '9') && (c < 'a' || c > 'f') {
			return false
		}
	}
	return true
}

// Parser turns Postfix log lines into deliveries. It is stateful: it
// remembers per queue id (and host) the sender and size that qmgr logged and
// which recipients are deferred, so lines must be fed in log order through
// one Parser. A Parser is not safe for concurrent use.
type Parser struct {
	loc  *time.Location
	now  func() time.Time
	join *joinTable
	// boot places journald's monotonic times (WithBootTime); zero: unknown.
	boot time.Time
	// idBuf is reused to hash a line without allocating.
	idBuf []byte
	// journal is whom journald entries are believed of
	// (WithJournalUIDs, WithJournalContainers).
	journal journalTrust
	// machine is the _MACHINE_ID every believed journald entry must
	// carry: WithJournalMachine's, else the first believed entry's.
	machine string
}

// sameMachine pins the machine of the first believed journald entry (or
// WithJournalMachine's) and returns an error wrapping ErrUntrustedSource
// for an entry of another machine. Each journal's trusted fields are
// what its own journald recorded: an export that merges journals
// (journalctl -m, -M, -D, --file, a journal-remote directory) holds
// entries of other machines and containers with journals of their own
// (systemd-nspawn --link-journal), whose control groups and uids are
// their own view (review S29A-3).
func (p *Parser) sameMachine(id string) error {
	switch {
	case p.machine == "":
		p.machine = id
		return nil
	case id == p.machine:
		return nil
	}
	return fmt.Errorf("%w: its _MACHINE_ID %q is not %q, the machine of this input's journal (--journal-machine-id, else the first entry believed): an export that merges journals (journalctl -m, -M, -D, --file, journal-remote) holds other machines' entries, whose trusted fields another journald recorded; export one machine's journal",
		ErrUntrustedSource, clip(id, 40), p.machine)
}

// NewParser returns a Parser configured by opts.
func NewParser(opts ...ParserOption) *Parser {
	p := &Parser{loc: time.Local, now: time.Now}
	for _, o := range opts {
		o(p)
	}
	if p.join == nil {
		p.join = newJoinTable(DefaultMaxQueueEntries)
	}
	return p
}

// Result is everything Parse learned from one line.
type Result struct {
	// Kind classifies the line.
	Kind Kind
	// Time, Hostname and Program come from the syslog header; they are set
	// for skipped lines too (zero for malformed ones).
	Time     time.Time
	Hostname string
	Program  string
	// QueueID is the Postfix queue id the message starts with, or "" when
	// it has none (NOQUEUE, postscreen, most warnings).
	QueueID string
	// Deliveries holds the deliveries of a KindDelivery line: one for a
	// per-recipient result, one per deferred recipient for an expiry.
	Deliveries []Delivery
	// Err says why a KindMalformed line is malformed.
	Err error
	// Note says why a line that looks like a delivery was skipped on
	// purpose (an address-verification probe, the discard transport).
	Note string
	// read says the line's shape was read in full (qmgr's queue-active
	// line): text that merely looks like a delivery's fields is inside
	// its quoted sender, and the check for delivery-shaped lines does not
	// apply.
	read bool
}

// ParseLine parses one log line (a trailing newline is ignored) and
// returns its kind, its deliveries and, for a malformed line, why.
func (p *Parser) ParseLine(line string) (Kind, []Delivery, error) {
	r := p.Parse(line)
	return r.Kind, r.Deliveries, r.Err
}

// Parse parses one log line (a trailing newline is ignored) and returns
// the full Result. Every returned delivery converts to a valid event with
// Delivery.Event; a line whose delivery would not is reported malformed.
func (p *Parser) Parse(line string) Result {
	line = strings.TrimRight(line, "\r\n")
	line = stripANSI(line)
	if rest, ok := logsPrefix(line); ok {
		// "docker compose logs" / "kubectl logs --prefix": the
		// container's own line follows its source's name.
		line = rest
	}
	if rest, ok := grepPrefix(line); ok {
		line = rest
	}
	now := p.now
	if t, rest, ok := tai64nPrefix(line); ok {
		// multilog, svlogd -t, s6-log t: the logger's time, then the
		// service's own output. Bare output ("postfix/smtp[1]: …") takes
		// the label's time; a syslog line of its own keeps its header,
		// its year (which BSD stamps leave out) taken from the label, not
		// the clock (review P2: an archived log a year old was dated this
		// year); anything else is left for the parser to report.
		sp := strings.IndexByte(rest, ' ')
		if _, _, tag := programTag(rest[:max(sp, 0)]); tag && sp > 0 {
			line = t.Format(time.RFC3339Nano) + " " + rest
		} else if _, err := parseEnvelope(rest, p.loc, func() time.Time { return t }); err == nil {
			line, now = rest, func() time.Time { return t }
		}
	}
	docker := strings.HasPrefix(line, `{"log":`)
	if j := strings.TrimPrefix(line, "\x1e"); strings.HasPrefix(j, "{") {
		// A log shipper's JSON with the whole syslog line in a field.
		inner, ok, err := shipperLine(j)
		switch {
		case errors.Is(err, errDockerRecord):
			docker = true
		case ok && err != nil:
			return malformed(err)
		case ok && inner == "" && looksLikeDelivery(line):
			return malformed(errors.New("log shipper's JSON record holds a delivery-shaped text in a field or a repeated key this reader does not take"))
		case ok:
			// A shipper's record may begin with a "log" key of its own
			// (Fluent Bit's file output, Filebeat's log object): read,
			// it is no Docker record (review S23A-1).
			line, docker = inner, false
		}
	}
	if docker {
		inner, err := dockerLine(line)
		if err != nil {
			return malformed(err)
		}
		line = inner
	} else if j := strings.TrimPrefix(line, "\x1e"); strings.HasPrefix(j, "{") {
		// "journalctl -o json" (and -o json-seq, RS before each entry).
		je, err := journalLine(j, p.journal)
		if err != nil {
			return malformed(err)
		}
		if je.untrusted == nil && je.machine != "" {
			je.untrusted = p.sameMachine(je.machine)
		}
		if je.untrusted != nil {
			// Not read at all, so that it changes no join state either;
			// reported when it would have mattered: a container's line
			// carries its program in the message ("postfix/qmgr[1]:
			// QID: from=<…>"), which the envelope takes off.
			if actsOnJoin(je.msg) || looksLikeDelivery(je.line) {
				return malformed(je.untrusted)
			}
			if env, err := parseEnvelope(je.line, p.loc, now); err == nil && env.hasTag && actsOnJoin(env.msg) {
				return malformed(je.untrusted)
			}
			return Result{Kind: KindSkip}
		}
		if !je.tagged {
			if looksLikeDelivery(je.line) {
				return malformed(errors.New("journald JSON entry without SYSLOG_IDENTIFIER or _COMM holds a delivery-shaped message"))
			}
			return Result{Kind: KindSkip}
		}
		line = je.line
	}
	if since, rest, ok := monotonicPrefix(line); ok {
		if p.boot.IsZero() {
			if looksLikeDelivery(rest) {
				return malformed(errMonotonic)
			}
			return Result{Kind: KindSkip}
		}
		line = p.boot.Add(since).UTC().Format("2006-01-02T15:04:05.000000Z07:00") + " " + rest
	}
	r := p.parseAt(line, now)
	if r.Kind == KindSkip && r.Note == "" && !r.read && looksLikeDelivery(line) {
		// A queue id, to=<…> and status= somewhere on the line, but not
		// where this parser found a delivery (the header swallowed the
		// queue id, say): reported, never skipped in silence.
		return malformed(errors.New("delivery-shaped line (queue id, to=<…>, status=) in a shape this parser does not read"))
	}
	return r
}

// parse is Parse without the final check for delivery-shaped lines.
func (p *Parser) parse(line string) Result { return p.parseAt(line, p.now) }

// parseAt is parse with the clock a yearless stamp takes its year from.
func (p *Parser) parseAt(line string, now func() time.Time) Result {
	if strings.TrimSpace(line) == "" {
		return Result{Kind: KindSkip}
	}
	env, err := parseEnvelope(line, p.loc, now)
	if err != nil {
		return malformed(err)
	}
	res := Result{Kind: KindSkip, Time: env.time, Hostname: env.host, Program: env.program}
	if !env.hasTag {
		if looksLikeDelivery(env.msg) {
			// Never skip a delivery in silence: its header had no
			// program tag where one was searched for.
			return malformed(errors.New("delivery line without a recognisable program tag in its header"))
		}
		return res
	}
	qid, rest, ok := splitQueueID(env.msg)
	if !ok {
		if looksLikeDelivery(env.msg) || strings.HasPrefix(env.msg, "to=<") && strings.Contains(env.msg, "status=") {
			return malformed(errors.New("delivery line without a queue id where the message starts"))
		}
		return res
	}
	res.QueueID = qid
	switch {
	case strings.HasPrefix(rest, "to=<"):
		p.attempt(&res, &env, line, rest)
	case strings.HasPrefix(rest, "from=<"):
		p.qmgrFrom(&res, &env, line, rest)
	case rest == "removed":
		// qmgr is done with the queue file: nothing more will be joined.
		p.join.remove(queueKey{host: env.host, id: qid})
	}
	return res
}

func malformed(err error) Result { return Result{Kind: KindMalformed, Err: err} }

func (r *Result) fail(err error) {
	*r = Result{Kind: KindMalformed, Err: err}
}

// attempt parses a per-recipient result:
// "to=<…>, [orig_to=<…>, ]relay=…, [conn_use=N, ]delay=…, delays=…, dsn=…, status=WORD (text)".
// Unknown fields are ignored so that new Postfix versions keep working.
func (p *Parser) attempt(res *Result, env *envelope, line, rest string) {
	d := Delivery{LogTime: env.time, Hostname: env.host, Program: env.program, QueueID: res.QueueID}
	s := rest
	// Fields are read in order, each at a field boundary (the start of
	// the message or after ", "), the addresses as quoted paths
	// (readPath). A field named twice means the line is not what it seems
	// (an address built to look like fields, two records glued together):
	// it is malformed, never read by its first or last copy.
	var seen fieldSet
	for {
		eq := strings.IndexByte(s, '=')
		if eq <= 0 {
			res.fail(errors.New("no status= field (cut or glued line?)"))
			return
		}
		key := s[:eq]
		if !isFieldName(key) {
			res.fail(fmt.Errorf("unexpected text %q where a field was expected (glued line?)", clip(key, 40)))
			return
		}
		if err := seen.add(key); err != nil {
			res.fail(err)
			return
		}
		s = s[eq+1:]
		if key == "status" {
			break
		}
		var val string
		if key == "to" || key == "orig_to" {
			var err error
			if val, s, err = readPath(s); err != nil {
				res.fail(fmt.Errorf("%s=: %w", key, err))
				return
			}
		} else {
			end := strings.Index(s, ", ")
			if end < 0 {
				res.fail(errors.New("no status= field (cut or glued line?)"))
				return
			}
			val, s = s[:end], s[end+2:]
		}
		var err error
		switch key {
		case "to":
			d.Recipient = val
		case "orig_to":
			d.OrigTo = val
		case "relay":
			d.RelayHost, d.RelayIP, d.RelayPort, err = parseRelay(val)
		case "delay":
			d.DelaySeconds, err = strconv.ParseFloat(val, 64)
			if err != nil || d.DelaySeconds < 0 || math.IsInf(d.DelaySeconds, 0) || math.IsNaN(d.DelaySeconds) {
				err = fmt.Errorf("bad delay=%q", clip(val, 20))
			}
			d.HasDelay = true
		case "delays":
			d.Delays = val
		case "dsn":
			d.DSN = val
		}
		if err != nil {
			res.fail(err)
			return
		}
	}

	word, after, _ := strings.Cut(s, " ")
	switch word {
	case "sent":
		d.Status, d.Outcome = "sent", schemas.OutcomeDelivered
	case "deferred", "SOFTBOUNCE":
		// soft_bounce=yes logs SOFTBOUNCE and keeps the message queued.
		d.Status, d.Outcome = "deferred", schemas.OutcomeDeferred
	case "bounced":
		d.Status, d.Outcome = "bounced", schemas.OutcomeBounced
	case "expired":
		d.Status, d.Outcome = "expired", schemas.OutcomeExpired
	case "deliverable", "undeliverable":
		// Address verification probes (verify(8)): no mail was delivered.
		res.Note = "address verification probe (status=" + word + "), not a delivery"
		return
	case "":
		res.fail(errors.New("empty status="))
		return
	default:
		res.fail(fmt.Errorf("unknown status=%q", clip(word, 20)))
		return
	}
	d.RawStatus = word
	if isDiscard(env.program, d.RelayHost) {
		// discard(8) drops the message and logs status=sent: nothing
		// reached the recipient's domain, so it is no attempt there.
		res.Note = "discard transport: the message was dropped locally, not delivered to the recipient"
		return
	}
	if d.Recipient == "" {
		res.fail(errors.New("empty recipient to=<>"))
		return
	}
	if len(after) < 2 || after[0] != '(' || after[len(after)-1] != ')' {
		// A cut line is not counted (shared/corpus: a cut or glued line
		// must not count as a delivery), but the reason says the usual
		// cause: syslog's message size limit.
		res.fail(errors.New("response not enclosed in parentheses after the status (truncated line? syslog cuts messages at its size limit: busybox syslogd 256 bytes by default, sysklogd 1024; raise it, e.g. rsyslog $MaxMessageSize 64k)"))
		return
	}
	// Everything up to the line's final ')' is the response: nested
	// parentheses stay verbatim, and a reply with an unbalanced parenthesis
	// (a remote ":-(") is not mistaken for a cut line.
	d.Response = after[1 : len(after)-1]
	if err := secondRecord(d.Response); err != nil {
		res.fail(err)
		return
	}
	d.SMTPCode = replyCode(d.Response)
	if d.RelayHost == "" && d.RelayIP == "" {
		// relay=none: the text often names the host it could not reach
		// ("connect to mx.example.net[192.0.2.7]:25: Connection refused").
		d.TextHost, d.TextIP = hostInText(d.Response)
	}
	if d.Domain = strings.ToLower(addrDomain(d.Recipient)); d.Domain == "" {
		// (The event would take its domain from the address's last '@',
		// which may be inside a quoted local part.)
		res.fail(fmt.Errorf("recipient %q has no domain", clip(d.Recipient, 80)))
		return
	}
	if d.HasDelay {
		d.QueuedAt = d.LogTime.Add(-time.Duration(math.Round(d.DelaySeconds * 1e9)))
	}
	d.ID = p.lineID(env.host, env.recordLine(line), "")

	// Join: sender and size from qmgr, the attempt count. The state is
	// only changed once the delivery is known to be valid, so a malformed
	// line leaves no trace.
	key := queueKey{host: env.host, id: d.QueueID}
	entry := p.join.get(key)
	var st *rcptState
	if entry != nil {
		d.Sender, d.SenderKnown, d.Size = entry.sender, entry.senderKnown, entry.size
		st = entry.rcpts[d.Recipient]
	}
	d.Attempt = 1
	if st != nil {
		d.Attempt = st.attempts + 1
	}
	if _, err := d.Event(); err != nil {
		res.fail(err)
		return
	}
	if d.Outcome == schemas.OutcomeDeferred {
		if entry == nil {
			entry = p.join.entry(key)
		}
		if st == nil {
			st = entry.rcpt(d.Recipient)
		}
		st.attempts = d.Attempt
		st.deferred = true
		st.queuedAt = d.QueuedAt
		// Bounded as the event bounds it: the join state, and with it
		// the checkpoint, must not grow with the remote's reply (up to
		// MaxLineBytes a line; review S26A-3).
		st.lastResponse = boundResponse(d.Response)
	} else if st != nil {
		// Postfix never retries a recipient after a final status.
		delete(entry.rcpts, d.Recipient)
	}
	res.Kind = KindDelivery
	res.Deliveries = []Delivery{d}
}

// qmgrFrom handles qmgr's "from=<…>, size=N, nrcpt=M (queue active)",
// remembered for the join, and "from=<…>, status=expired, returned to
// sender", which yields one expired delivery per deferred recipient.
//
// The sender is read as a quoted path (readPath), so that a sender
// "a>, status=expired, returned to sender"@attacker.example does not make
// the queue-active line an expiry. A line whose fields after the sender
// name one field twice is malformed; an expiry is only the exact text
// Postfix logs.
func (p *Parser) qmgrFrom(res *Result, env *envelope, line, rest string) {
	sender, tail, err := readPath(rest[len("from="):])
	if err != nil {
		res.fail(fmt.Errorf("qmgr from=: %w", err))
		return
	}
	seen := fieldSet{names: [maxFields]string{"from"}, n: 1}
	for f := tail; ; {
		if eq := strings.IndexByte(f, '='); eq > 0 && isFieldName(f[:eq]) {
			if err := seen.add(f[:eq]); err != nil {
				res.fail(fmt.Errorf("qmgr line: %w", err))
				return
			}
		}
		i := strings.Index(f, ", ")
		if i < 0 {
			break
		}
		f = f[i+2:]
	}
	key := queueKey{host: env.host, id: res.QueueID}
	switch {
	case strings.HasPrefix(tail, "size="):
		v := tail[len("size="):]
		if i := strings.IndexAny(v, ", "); i >= 0 {
			v = v[:i]
		}
		size, err := strconv.ParseInt(v, 10, 64)
		if err != nil || size < 0 {
			return // a size we cannot read is simply not joined
		}
		e := p.join.entry(key)
		e.sender, e.senderKnown, e.size = sender, true, size
		res.read = isQueueActiveTail(tail)
	case tail == "status=expired, returned to sender", tail == "status=force-expired, returned to sender":
		// force-expired: an operator's postsuper -e (Postfix 3.5), the
		// same end for the message as its queue lifetime running out.
		p.expired(res, env, line, key, sender)
	case strings.HasPrefix(tail, "status=expired"), strings.HasPrefix(tail, "status=force-expired"):
		res.fail(fmt.Errorf("qmgr expiry with unexpected text: %q", clip(tail, 80)))
	}
}

// isQueueActiveTail reports whether s is exactly what follows the sender
// on qmgr's queue-active line: "size=N, nrcpt=M (queue NAME)".
func isQueueActiveTail(s string) bool {
	s, ok := strings.CutPrefix(s, "size=")
	n := digitsLen(s)
	if !ok || n == 0 {
		return false
	}
	s, ok = strings.CutPrefix(s[n:], ", nrcpt=")
	n = digitsLen(s)
	if !ok || n == 0 {
		return false
	}
	name, ok := strings.CutPrefix(s[n:], " (queue ")
	name, ok2 := strings.CutSuffix(name, ")")
	return ok && ok2 && name != "" && isFieldName(name)
}

func digitsLen(s string) int {
	n := 0
	for n < len(s) && s[n] >= '0' && s[n] <= '9' {
		n++
	}
	return n
}

func (p *Parser) expired(res *Result, env *envelope, line string, key queueKey, sender string) {
	entry := p.join.get(key)
	var rcpts []string
	if entry != nil {
		rcpts = entry.deferredRecipients()
	}
	if len(rcpts) == 0 {
		res.fail(fmt.Errorf("queue id %s on %q: %w", key.id, key.host, ErrUnjoinedExpired))
		return
	}
	ds := make([]Delivery, 0, len(rcpts))
	for _, r := range rcpts {
		st := entry.rcpts[r]
		d := Delivery{
			ID:           p.lineID(env.host, env.recordLine(line), r),
			LogTime:      env.time,
			Hostname:     env.host,
			Program:      env.program,
			QueueID:      key.id,
			Recipient:    r,
			Status:       "expired",
			RawStatus:    "expired",
			Outcome:      schemas.OutcomeExpired,
			Sender:       sender,
			SenderKnown:  true,
			Size:         entry.size,
			QueuedAt:     st.queuedAt,
			LastResponse: st.lastResponse,
		}
		d.Domain = strings.ToLower(addrDomain(r))
		if !d.QueuedAt.IsZero() && d.QueuedAt.After(d.LogTime) {
			d.QueuedAt = time.Time{} // clock trouble; better unknown than invalid
		}
		if _, err := d.Event(); err != nil {
			res.fail(fmt.Errorf("recipient %s: %w", r, err))
			return
		}
		ds = append(ds, d)
	}
	// The message left the queue: returned to sender, then removed.
	p.join.remove(key)
	res.Kind = KindDelivery
	res.Deliveries = ds
}

// lineID hashes the host name, the line and (for an expired line's
// several events) the recipient. The host is included so that identical
// lines from two hosts that log without a host name stay distinct.
func (p *Parser) lineID(host, line, extra string) string {
	b := append(p.idBuf[:0], host...)
	b = append(b, 0)
	b = append(b, line...)
	if extra != "" {
		b = append(b, 0)
		b = append(b, extra...)
	}
	p.idBuf = b
	sum := sha256.Sum256(b)
	var out [32]byte
	hex.Encode(out[:], sum[:16])
	return string(out[:])
}

// looksLikeDelivery reports whether msg holds a queue id, a to=<…> field
// and a status= field, or the queue id, from=<…> and status= of qmgr's
// expiry ("QID: from=<…>, status=expired, returned to sender"): the shape
// of a delivery result wherever the header put it and whatever wraps it
// (a log shipper's logfmt or JSON, rsyslog's "message repeated" brackets,
// a tab for the space). Such a line is parsed or reported malformed,
// never skipped. The queue id is the run of letters and digits before a
// colon, whatever precedes the run.
func looksLikeDelivery(msg string) bool {
	for _, field := range [...]string{"to=<", "from=<"} {
		for from := 0; from < len(msg); {
			i := strings.Index(msg[from:], field)
			if i < 0 {
				break
			}
			i += from
			from = i + 1
			if i > 0 && !fieldBoundary(msg[i-1]) {
				continue // orig_to=<…>, xto=<…>
			}
			if strings.Contains(msg[i:], "status=") && queueIDBefore(msg[:i]) {
				return true
			}
		}
	}
	return false
}

// fieldBoundary reports whether c may precede a field of a delivery line
// as some writer logged it: anything but a letter, digit or underscore
// (white space, a comma, a wrapper's quote, bracket, brace or equals
// sign), so that orig_to=<…> is not taken for to=<…>.
func fieldBoundary(c byte) bool { return !isAlnum(c) && c != '_' }

// queueIDBefore reports whether s holds a queue id followed by a colon:
// bare ("QID:"), quoted ("\"QID\":", "'QID':") or bracketed ("[QID]:",
// "(QID):"). A bracket right after a word is a syslog tag's pid
// ("smtpd[1234567]:", review S22C-5), no queue id.
func queueIDBefore(s string) bool {
	for i := strings.IndexByte(s, ':'); i >= 0; {
		if queueIDEndsAt(s, i) {
			return true
		}
		next := strings.IndexByte(s[i+1:], ':')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return false
}

// queueIDEndsAt reports whether the colon at s[colon] follows a queue id.
func queueIDEndsAt(s string, colon int) bool {
	end := colon
	var closer byte
	if end > 0 {
		switch s[end-1] {
		case ']', ')', '"', '\'':
			closer = s[end-1]
			end--
		}
	}
	j := end
	for j > 0 && isAlnum(s[j-1]) {
		j--
	}
	if !isQueueID(s[j:end]) {
		return false
	}
	if closer == ']' || closer == ')' {
		open := byte('[')
		if closer == ')' {
			open = '('
		}
		// Right after a word, a bracket of digits is a syslog tag's pid;
		// one with letters is no pid (review S22D-4).
		return j > 0 && s[j-1] == open && (j == 1 || !isTagByte(s[j-2]) || !allDigits(s[j:end]))
	}
	return true
}

// isTagByte reports whether c may end a syslog program name, before the
// bracket of its pid.
func isTagByte(c byte) bool { return isAlnum(c) || c == '_' || c == '-' || c == '/' || c == '.' }

// secondRecord says why a delivery's response text holds more than one
// log record's worth of fields: the fields of a second delivery after an
// address logged unquoted (Postfix before 3.5, or
// info_log_address_format=internal, logs "x@victim>, …, status=bounced
// (…)"@evil as x@victim>, …, status=bounced (…)@evil), or a second
// record glued on by a log shipper ("… (250 ok) Dec  1 … postfix/smtp[2]:
// QUEUEID: to=<…>, …"). Either way the line's first status= is not to be
// trusted and the second delivery would be lost uncounted, so the line is
// malformed. Nil for an ordinary response.
func secondRecord(resp string) error {
	if strings.Contains(resp, ", status=") {
		return errors.New("status= appears twice, the second inside the response text (an address logged unquoted that holds fields, or two records glued together)")
	}
	for _, marker := range [...]string{": to=<", ": from=<"} {
		for from := 0; ; {
			i := strings.Index(resp[from:], marker)
			if i < 0 {
				break
			}
			i += from
			from = i + len(marker)
			sp := strings.LastIndexByte(resp[:i], ' ')
			if id := resp[sp+1 : i]; sp >= 0 && allAlnum(id) && isQueueID(id) {
				return fmt.Errorf("a second log record (%s%s…) inside the response text: two records glued together", id, marker)
			}
		}
	}
	return nil
}

// isDiscard reports whether a delivery line comes from Postfix's discard(8)
// transport ("postfix/discard[…]", or relay=discard).
func isDiscard(program, relay string) bool {
	return strings.HasSuffix(program, "/discard") || program == "discard" || relay == "discard"
}

// hostMarkers precede a "host[ip]" in Postfix's delivery texts
// (smtp_connect.c, smtp_trouble.c, smtp_proto.c).
var hostMarkers = []string{"connect to ", "lost connection with ", "conversation with ", "host "}

// hostInText returns the first "name[ip]" a Postfix text names after one of
// hostMarkers, or empty strings. The ip is kept only when it parses.
func hostInText(s string) (host, ip string) {
	for _, m := range hostMarkers {
		for from := 0; from < len(s); {
			i := strings.Index(s[from:], m)
			if i < 0 {
				break
			}
			start := from + i + len(m)
			from = start
			end := strings.IndexAny(s[start:], " ,;()")
			if end < 0 {
				end = len(s) - start
			}
			tok := s[start : start+end]
			open := strings.IndexByte(tok, '[')
			close := strings.IndexByte(tok, ']')
			if open <= 0 || close < open {
				continue
			}
			name, addr := tok[:open], tok[open+1:close]
			if a, err := netip.ParseAddr(addr); err == nil && a.IsValid() {
				return name, addr
			}
			return name, ""
		}
	}
	return "", ""
}

// splitQueueID splits "QUEUEID: rest" when the message starts with a
// Postfix queue id.
func splitQueueID(msg string) (id, rest string, ok bool) {
	n := 0
	for n < len(msg) && n <= 32 && isAlnum(msg[n]) {
		n++
	}
	if n == 0 || n > 32 || !strings.HasPrefix(msg[n:], ": ") || !isQueueID(msg[:n]) {
		return "", msg, false
	}
	return msg[:n], msg[n+2:], true
}

// isQueueID tells queue ids from words that also precede ": " (warning,
// statistics, NOQUEUE, Deleted): a short id is at least six upper-case hex
// digits; a long id (enable_long_queue_ids) is at least ten letters and
// digits with at least one of each.
func isQueueID(s string) bool {
	if len(s) < 6 {
		return false
	}
	hexOnly, digit, letter := true, false, false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			digit = true
		case c >= 'A' && c <= 'F':
			letter = true
		default:
			hexOnly = false
			letter = true
		}
	}
	return hexOnly || (len(s) >= 10 && digit && letter)
}

func allAlnum(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isAlnum(s[i]) {
			return false
		}
	}
	return s != ""
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z'
}

// fieldSet holds the names of the fields read so far on one line.
type fieldSet struct {
	names [maxFields]string
	n     int
}

// maxFields bounds the fields of one line; a Postfix delivery line has at
// most eight (to, orig_to, relay, conn_use, delay, delays, dsn, status).
const maxFields = 16

// add records name, or says why the line cannot be read: the field was
// named before, or there are more fields than Postfix logs.
func (f *fieldSet) add(name string) error {
	for _, n := range f.names[:f.n] {
		if n == name {
			return fmt.Errorf("field %s= appears twice (an address made to look like fields, or two records glued together)", name)
		}
	}
	if f.n == len(f.names) {
		return fmt.Errorf("more than %d fields", maxFields)
	}
	f.names[f.n] = name
	f.n++
	return nil
}

func isFieldName(s string) bool {
	if len(s) > 24 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c == '_') {
			return false
		}
	}
	return true
}

// parseRelay splits relay=host[ip]:port. "none" gives nothing; a value
// without brackets is a transport or host name ("local", "virtual"); the
// brackets may hold something other than an address ("private/dovecot-lmtp"),
// which gives no IP.
func parseRelay(v string) (host, ip string, port int, err error) {
	if v == "none" {
		return "", "", 0, nil
	}
	open := strings.IndexByte(v, '[')
	if open < 0 {
		if strings.IndexByte(v, ']') >= 0 {
			return "", "", 0, fmt.Errorf("unbalanced bracket in relay=%q", clip(v, 80))
		}
		return v, "", 0, nil
	}
	close := strings.IndexByte(v[open:], ']')
	if close < 0 {
		return "", "", 0, fmt.Errorf("unterminated bracket in relay=%q", clip(v, 80))
	}
	close += open
	host, inner, tail := v[:open], v[open+1:close], v[close+1:]
	if a, perr := netip.ParseAddr(inner); perr == nil && a.IsValid() {
		ip = inner
	}
	if tail != "" {
		if tail[0] != ':' {
			return "", "", 0, fmt.Errorf("unexpected %q after the relay address", clip(tail, 20))
		}
		if port, err = strconv.Atoi(tail[1:]); err != nil || port < 0 || port > 65535 {
			return "", "", 0, fmt.Errorf("bad port in relay=%q", clip(v, 80))
		}
	}
	return host, ip, port, nil
}

// replyCode finds the SMTP reply code in a Postfix response: three digits
// (first 2-5) at the start of the text, or after "said: " or "refused to
// talk to me: ", followed by a space, a hyphen or the end.
func replyCode(s string) int {
	if c := codeAt(s, 0); c != 0 {
		return c
	}
	for _, marker := range [...]string{"said: ", "refused to talk to me: "} {
		if i := strings.Index(s, marker); i >= 0 {
			if c := codeAt(s, i+len(marker)); c != 0 {
				return c
			}
		}
	}
	return 0
}

func codeAt(s string, i int) int {
	if len(s) < i+3 {
		return 0
	}
	a, b, c := s[i], s[i+1], s[i+2]
	if a < '2' || a > '5' || b < '0' || b > '9' || c < '0' || c > '9' {
		return 0
	}
	if len(s) > i+3 && s[i+3] != ' ' && s[i+3] != '-' {
		return 0
	}
	return int(a-'0')*100 + int(b-'0')*10 + int(c-'0')
}
