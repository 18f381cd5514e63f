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
	// Value is the window (attempts) or the threshold (a fraction, 0.9).
	Value any `json:"value"`
	// Source is the level that sets it: "domain", "customer", "reseller"
	// or "global" (the built-in or configured defaults).
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
	if body.Window == nil && body.Threshold == nil && body.RepeatInterval == nil && body.FlapInterval == nil {
		return errf(http.StatusBadRequest, `send {"window": N} and/or {"threshold": 0.9}; null resets a field to the inherited value`)
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
	rec, err := directory.EncodeRecord(after)
	if err != nil {
		return err
	}
	action := "settings.set"
	if s == (directory.Settings{}) {
		action = "settings.reset"
	}
	if err := h.change(r.Context(), c.entry(action, t.key()), rec, before, after, func(nd *directory.Directory) bool {
		return settingsOf(nd, t) == s
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
