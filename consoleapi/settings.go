package consoleapi

import (
	"time"

	"bytes"
	"net/http"
	"strconv"
	"strings"

	"github.com/segmentio/encoding/json"

	"github.com/mailflow/mailflow/directory"
)

// valueView is one setting in force at a level and where it comes from.
type valueView struct {
	// Value is the window (attempts), the threshold (a fraction, 0.9), a
	// duration as a string ("30m", "off"), attempts per hour, or true or
	// false, by setting.
	Value any `json:"value"`
	// Source is the level that sets it: "domain", "customer", "reseller"
	// or "global" (the built-in or configured defaults); "default" for
	// a setting no level, not even the global defaults, sets (the value
	// is then directory's built-in default).
	Source   string `json:"source"`
	SourceID string `json:"source_id,omitempty"`
	// SetHere is true when the level asked about sets it itself; reset
	// makes it inherit again.
	SetHere bool `json:"set_here"`
}

// settingsView is the Mail Flow tab's settings of one level.
type settingsView struct {
	Level     directory.Level `json:"level"`
	ID        string          `json:"id"`
	Window    valueView       `json:"window"`
	Threshold valueView       `json:"threshold"`
	// Budget is how many failures among the last Window attempts the
	// level's domains tolerate before they turn Bad.
	Budget int `json:"failure_budget"`
	// RepeatInterval and FlapInterval are the notification settings
	// (issue 15): a duration such as "4h", or "off"; Source "default" is
	// the sinks' built-in value (reminders off, flap control 30m).
	RepeatInterval valueView `json:"repeat_interval"`
	FlapInterval   valueView `json:"flap_interval"`
	// The per-domain detections' settings (issue 15; directory's
	// detectsettings.go and silentsettings.go): ExcludeRecipientFailures
	// is true or false, DelayThreshold and SilentAfter a duration such as
	// "30m" or "off", SilentBaseline attempts per hour. Source "default"
	// is directory's built-in value where no level sets one.
	ExcludeRecipientFailures valueView `json:"exclude_recipient_failures"`
	DelayThreshold           valueView `json:"delay_threshold"`
	SilentAfter              valueView `json:"silent_after"`
	SilentBaseline           valueView `json:"silent_baseline"`
}

type levelSettings struct {
	source, id string
	s          directory.Settings
}

// chain returns the settings from the target up to the global defaults.
func chain(d *directory.Directory, t target) []levelSettings {
	var out []levelSettings
	customer, reseller := "", ""
	switch t.level {
	case directory.LevelDomain:
		dom := d.Domains[t.id]
		out = append(out, levelSettings{"domain", t.id, dom.Settings})
		customer = dom.Customer
	case directory.LevelCustomer:
		customer = t.id
	case directory.LevelReseller:
		reseller = t.id
	}
	if customer != "" {
		if c, ok := d.Customers[customer]; ok {
			out = append(out, levelSettings{"customer", customer, c.Settings})
			reseller = c.Reseller
		}
	}
	if reseller != "" {
		if r, ok := d.Resellers[reseller]; ok {
			out = append(out, levelSettings{"reseller", reseller, r.Settings})
		}
	}
	return append(out, levelSettings{"global", "", d.Defaults})
}

func resolve(d *directory.Directory, t target) settingsView {
	v := settingsView{Level: t.level, ID: t.id}
	ch := chain(d, t)
	var win int
	var thr directory.Threshold
	for i, l := range ch {
		if l.s.Window > 0 && v.Window.Source == "" {
			win = l.s.Window
			v.Window = valueView{Value: win, Source: l.source, SourceID: l.id, SetHere: i == 0 && l.source != "global"}
		}
		if l.s.Threshold > 0 && v.Threshold.Source == "" {
			thr = l.s.Threshold
			v.Threshold = valueView{Value: thr, Source: l.source, SourceID: l.id, SetHere: i == 0 && l.source != "global"}
		}
	}
	v.Budget = thr.Budget(win)
	v.RepeatInterval = notifyValue(ch, func(s directory.Settings) time.Duration { return s.RepeatInterval }, directory.DefaultRepeatInterval)
	v.FlapInterval = notifyValue(ch, func(s directory.Settings) time.Duration { return s.FlapInterval }, directory.DefaultFlapInterval)
	v.ExcludeRecipientFailures = firstSet(ch, func(s directory.Settings) any {
		if s.ExcludeRecipientFailures == directory.SwitchUnset {
			return nil
		}
		return s.ExcludeRecipientFailures == directory.SwitchOn
	}, false)
	v.DelayThreshold = firstSet(ch, durationOf(func(s directory.Settings) time.Duration { return s.DelayThreshold }), shortDuration(directory.DefaultDelayThreshold))
	v.SilentAfter = firstSet(ch, durationOf(func(s directory.Settings) time.Duration { return s.SilentAfter }), shortDuration(directory.DefaultSilentAfter))
	v.SilentBaseline = firstSet(ch, func(s directory.Settings) any {
		if s.SilentBaseline <= 0 {
			return nil
		}
		return s.SilentBaseline
	}, directory.DefaultSilentBaseline)
	return v
}

// notifyValue finds the level that sets a notification interval.
func notifyValue(ch []levelSettings, get func(directory.Settings) time.Duration, def time.Duration) valueView {
	show := func(d time.Duration) string {
		if d <= 0 {
			return "off"
		}
		return d.String()
	}
	for i, l := range ch {
		if d := get(l.s); d != 0 {
			return valueView{Value: show(d), Source: l.source, SourceID: l.id, SetHere: i == 0 && l.source != "global"}
		}
	}
	return valueView{Value: show(def), Source: "default"}
}

// firstSet finds the lowest level whose get is not nil, the way directory
// resolves the detection settings; def, with Source "default", when none.
func firstSet(ch []levelSettings, get func(directory.Settings) any, def any) valueView {
	for i, l := range ch {
		if v := get(l.s); v != nil {
			return valueView{Value: v, Source: l.source, SourceID: l.id, SetHere: i == 0 && l.source != "global"}
		}
	}
	return valueView{Value: def, Source: "default"}
}

// durationOf reads a duration setting for firstSet: nil when unset, "off"
// for directory.Off, else as written in a directory file ("30m", "2h").
func durationOf(get func(directory.Settings) time.Duration) func(directory.Settings) any {
	return func(s directory.Settings) any {
		switch d := get(s); {
		case d == 0:
			return nil
		case d < 0:
			return "off"
		default:
			return shortDuration(d)
		}
	}
}

// shortDuration writes 30m and 2h rather than Go's 30m0s and 2h0m0s,
// which a manager then types back into the same field.
func shortDuration(d time.Duration) string {
	s := d.String()
	if strings.HasSuffix(s, "m0s") {
		s = s[:len(s)-2]
	}
	if strings.HasSuffix(s, "h0m") {
		s = s[:len(s)-2]
	}
	return s
}

func (h *Handler) getSettings(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	t, err := pathTarget(r, c, d)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, resolve(d, t))
	return nil
}

// settingsBody is a PUT body: a field left out is unchanged, null resets
// it to the inherited value.
type settingsBody struct {
	Window         json.RawMessage `json:"window"`
	Threshold      json.RawMessage `json:"threshold"`
	RepeatInterval json.RawMessage `json:"repeat_interval"`
	FlapInterval   json.RawMessage `json:"flap_interval"`
	// The detections' settings (issue 15), each read by directory's own
	// parser so that the console accepts exactly what a directory file
	// does: true or false; "30m" or "off"; "2h" or "off"; attempts per
	// hour.
	ExcludeRecipientFailures json.RawMessage `json:"exclude_recipient_failures"`
	DelayThreshold           json.RawMessage `json:"delay_threshold"`
	SilentAfter              json.RawMessage `json:"silent_after"`
	SilentBaseline           json.RawMessage `json:"silent_baseline"`
}

// fields returns the names of the settings the body names, as
// directory.SettingsPatch names them.
func (b settingsBody) fields() []string {
	var out []string
	for _, f := range []struct {
		name string
		raw  json.RawMessage
	}{{"window", b.Window}, {"threshold", b.Threshold}, {"repeat_interval", b.RepeatInterval}, {"flap_interval", b.FlapInterval},
		{"exclude_recipient_failures", b.ExcludeRecipientFailures}, {"delay_threshold", b.DelayThreshold},
		{"silent_after", b.SilentAfter}, {"silent_baseline", b.SilentBaseline}} {
		if f.raw != nil {
			out = append(out, f.name)
		}
	}
	return out
}

// empty reports whether the body names no setting at all.
func (b settingsBody) empty() bool {
	for _, f := range []json.RawMessage{b.Window, b.Threshold, b.RepeatInterval, b.FlapInterval,
		b.ExcludeRecipientFailures, b.DelayThreshold, b.SilentAfter, b.SilentBaseline} {
		if f != nil {
			return false
		}
	}
	return true
}

func isNull(b json.RawMessage) bool { return bytes.Equal(bytes.TrimSpace(b), []byte("null")) }

// apply changes s by the body, validating each field with a message that
// says what to send instead.
func (b settingsBody) apply(s directory.Settings) (directory.Settings, error) {
	switch {
	case b.Window == nil:
	case isNull(b.Window):
		s.Window = 0
	default:
		n, err := strconv.Atoi(strings.TrimSpace(string(b.Window)))
		if err != nil || n < 1 || n > directory.MaxWindow {
			return s, errf(http.StatusBadRequest, "window %s: want a whole number of attempts from 1 to %d (the default is %d), or null to inherit", clip(string(b.Window)), directory.MaxWindow, directory.DefaultWindow)
		}
		s.Window = n
	}
	switch {
	case b.Threshold == nil:
	case isNull(b.Threshold):
		s.Threshold = 0
	default:
		raw := strings.Trim(strings.TrimSpace(string(b.Threshold)), `"`)
		t, err := directory.ParseThreshold(raw)
		if err != nil {
			return s, errf(http.StatusBadRequest, "threshold %s: want a success rate above 0 and at most 1 with up to four decimals, such as 0.9 for 90%%, or null to inherit", clip(string(b.Threshold)))
		}
		s.Threshold = t
	}
	for _, f := range []struct {
		name string
		raw  json.RawMessage
		dst  *time.Duration
	}{{"repeat_interval", b.RepeatInterval, &s.RepeatInterval}, {"flap_interval", b.FlapInterval, &s.FlapInterval}} {
		switch {
		case f.raw == nil:
		case isNull(f.raw):
			*f.dst = 0
		default:
			var str string
			if err := json.Unmarshal(f.raw, &str); err != nil {
				return s, errf(http.StatusBadRequest, "%s %s: want a string such as \"4h\" or \"off\", or null to inherit", f.name, clip(string(f.raw)))
			}
			d, err := directory.ParseNotifyInterval(str)
			if err != nil {
				return s, errf(http.StatusBadRequest, "%s %s", f.name, err.Error())
			}
			*f.dst = d
		}
	}
	switch {
	case b.ExcludeRecipientFailures == nil:
	case isNull(b.ExcludeRecipientFailures):
		s.ExcludeRecipientFailures = directory.SwitchUnset
	default:
		var on bool
		if err := json.Unmarshal(b.ExcludeRecipientFailures, &on); err != nil {
			return s, errf(http.StatusBadRequest, "exclude_recipient_failures %s: want true or false (the default is false), or null to inherit", clip(string(b.ExcludeRecipientFailures)))
		}
		s.ExcludeRecipientFailures = directory.SwitchOf(on)
	}
	for _, f := range []struct {
		name  string
		raw   json.RawMessage
		dst   *time.Duration
		parse func(string) (time.Duration, error)
		def   time.Duration
	}{
		{"delay_threshold", b.DelayThreshold, &s.DelayThreshold, directory.ParseDelayThreshold, directory.DefaultDelayThreshold},
		{"silent_after", b.SilentAfter, &s.SilentAfter, directory.ParseSilentAfter, directory.DefaultSilentAfter},
	} {
		switch {
		case f.raw == nil:
		case isNull(f.raw):
			*f.dst = 0
		default:
			var str string
			if err := json.Unmarshal(f.raw, &str); err != nil {
				return s, errf(http.StatusBadRequest, "%s %s: want a string such as %q or \"off\", or null to inherit", f.name, clip(string(f.raw)), shortDuration(f.def))
			}
			d, err := f.parse(strings.TrimSpace(str))
			if err != nil {
				return s, errf(http.StatusBadRequest, "%s %s (the default is %s), or null to inherit", f.name, err.Error(), shortDuration(f.def))
			}
			*f.dst = d
		}
	}
	switch {
	case b.SilentBaseline == nil:
	case isNull(b.SilentBaseline):
		s.SilentBaseline = 0
	default:
		n, err := directory.ParseSilentBaseline(strings.Trim(strings.TrimSpace(string(b.SilentBaseline)), `"`))
		if err != nil {
			return s, errf(http.StatusBadRequest, "silent_baseline %s (the default is %d), or null to inherit", err.Error(), directory.DefaultSilentBaseline)
		}
		s.SilentBaseline = n
	}
	return s, nil
}

func (h *Handler) putSettings(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	t, err := pathTarget(r, c, d)
	if err != nil {
		return err
	}
	var body settingsBody
	if err := readJSON(r, &body); err != nil {
		return err
	}
	if body.empty() {
		return errf(http.StatusBadRequest, `send one or more of {"window": N, "threshold": 0.9, "repeat_interval": "4h", "flap_interval": "30m", "exclude_recipient_failures": true, "delay_threshold": "30m", "silent_after": "2h", "silent_baseline": 5}; null resets a field to the inherited value`)
	}
	var before, after any
	var old directory.Settings
	switch t.level {
	case directory.LevelReseller:
		old = d.Resellers[t.id].Settings
	case directory.LevelCustomer:
		old = d.Customers[t.id].Settings
	case directory.LevelDomain:
		old = d.Domains[t.id].Settings
	}
	s, err := body.apply(old)
	if err != nil {
		return err
	}
	switch t.level {
	case directory.LevelReseller:
		e := d.Resellers[t.id]
		before = e
		e.Settings = s
		after = e
	case directory.LevelCustomer:
		e := d.Customers[t.id]
		before = e
		e.Settings = s
		after = e
	case directory.LevelDomain:
		e := d.Domains[t.id]
		before = e
		e.Settings = s
		after = e
	}
	// The settings the body names alone (an overlay, see
	// directory/overlay.go), laid over those the console set before: a
	// record of the whole entity, built from this instance's copy of the
	// directory, would undo an operator's change made since (a domain
	// moved to another customer came back), and so would the other
	// settings of that copy.
	patch := d.SettingsOverlay(t.level, t.id).Merge(directory.SettingsPatch{Fields: body.fields(), Values: s})
	rec, err := directory.EncodeSettings(t.level, t.id, patch)
	if err != nil {
		return err
	}
	action := "settings.set"
	if s == (directory.Settings{}) {
		action = "settings.reset"
	}
	if err := h.change(r.Context(), c.entry(action, t.key()), rec, before, after, func(nd *directory.Directory) bool {
		cur := settingsOf(nd, t)
		return patch.Apply(cur) == cur
	}); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, resolve(h.cfg.Directory(), t))
	return nil
}

func settingsOf(d *directory.Directory, t target) directory.Settings {
	switch t.level {
	case directory.LevelReseller:
		return d.Resellers[t.id].Settings
	case directory.LevelCustomer:
		return d.Customers[t.id].Settings
	}
	return d.Domains[t.id].Settings
}
