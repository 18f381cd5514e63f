package consoleapi

import (
	"cmp"
	"net/http"
	"slices"
	"time"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/silences"
)

// Silences and maintenance windows (issue 15): an operator or manager
// silences a domain, customer or reseller of their own tree for a time
// range with a reason. Each silence is a config record (directory
// KindSilence) with its audit entry, like every other write here.
//
//	GET    /api/v1/silences              silences of my tree (scheduled, active, ended < 24 h); ?domain=NAME: those covering it
//	POST   /api/v1/silences              create {level, id, start?, end | duration, reason}
//	POST   /api/v1/silences/{id}/end     end an active one now (its end is set to now; listed as ended for a day)
//	DELETE /api/v1/silences/{id}         delete it (a scheduled one, or end an active one at once and forget it)
//
// Silence ids are matched in any letter case (silences.Find); a domain is
// named by its canonical name in any spelling (silences.Request.Target).

func (h *Handler) registerSilences(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/silences", h.authed(h.listSilences))
	mux.HandleFunc("POST /api/v1/silences", h.authed(h.createSilence))
	mux.HandleFunc("POST /api/v1/silences/{id}/end", h.authed(h.endSilence))
	mux.HandleFunc("DELETE /api/v1/silences/{id}", h.authed(h.deleteSilence))
}

// silenceTarget is the silence's scope as a target of this package.
func silenceTarget(s directory.Silence) target { return target{level: s.Level, id: s.Of} }

// sees reports whether the caller may see the silence: it silences
// something in the caller's tree, or lies above the caller and covers the
// caller's level (a domain's manager sees the customer's maintenance
// window that silences the domain).
//
// A silence covers the caller's domains exactly when the caller's own
// level lies within the silence's scope, so this costs a lookup or two,
// not a walk over a reseller's domains for every silence.
func (c caller) sees(d *directory.Directory, s directory.Silence) bool {
	if c.operator || c.reaches(d, silenceTarget(s)) {
		return true
	}
	own := target{level: c.manager.Level, id: c.manager.Of}
	return exists(d, own) && within(d, own, s.Level, s.Of)
}

func (h *Handler) silenceView(d *directory.Directory, c caller, s directory.Silence, now time.Time) silences.View {
	v := silences.View{Silence: s, State: silences.StateAt(s, now), Name: nameOf(d, s.Level, s.Of), CanEnd: c.mayEnd(d, s)}
	if m, ok := d.Managers[s.CreatedBy]; ok {
		v.CreatedByName = cmp.Or(m.Name, m.Email)
	}
	return v
}

func (h *Handler) listSilences(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	now := time.Now()
	domain := r.URL.Query().Get("domain")
	if domain != "" {
		canon, err := (silences.Request{Level: directory.LevelDomain, ID: domain}).Target()
		if err != nil {
			return errf(http.StatusBadRequest, "domain: %v", err)
		}
		domain = canon
		t := target{level: directory.LevelDomain, id: domain}
		if !exists(d, t) || !c.reaches(d, t) {
			return errf(http.StatusNotFound, "no domain %q in your tree", clip(domain))
		}
	}
	out := []silences.View{}
	all := d.Silences
	if domain != "" {
		// Those covering a domain of the caller's tree are the caller's to see.
		all = map[string]directory.Silence{}
		for _, s := range d.SilencesCovering(domain) {
			all[s.ID] = s
		}
	}
	for _, s := range all {
		if !silences.Shown(s, now) || !c.sees(d, s) {
			continue
		}
		out = append(out, h.silenceView(d, c, s, now))
	}
	slices.SortFunc(out, func(a, b silences.View) int {
		return cmp.Or(a.Start.Compare(b.Start), cmp.Compare(a.ID, b.ID))
	})
	writeJSON(w, http.StatusOK, map[string]any{"silences": out})
	return nil
}

func (h *Handler) createSilence(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	var req silences.Request
	if err := readJSON(r, &req); err != nil {
		return err
	}
	id, err := req.Target()
	if err != nil {
		return errf(http.StatusBadRequest, "%s", err.Error())
	}
	req.ID = id
	t := target{level: req.Level, id: id}
	if !exists(d, t) || !c.reaches(d, t) {
		return errf(http.StatusNotFound, "no %s %q in your tree", t.level, clip(t.id))
	}
	now := time.Now()
	p, err := req.Plan(now, c.actor())
	if err != nil {
		return errf(http.StatusBadRequest, "%s", err.Error())
	}
	if n, most := silencesNotEnded(d, c.actor(), now), cmp.Or(h.cfg.MaxSilences, MaxSilencesPerManager); !c.operator && n >= most {
		return errf(http.StatusConflict, "you have %d silences in force or to come, the most there can be: end or delete one you no longer need first", n)
	}
	s := p.Silence
	rec, err := directory.EncodeRecord(s)
	if err != nil {
		return err
	}
	if err := h.change(r.Context(), c.entry("silence.create", rec.Key), rec, nil, s, func(nd *directory.Directory) bool {
		_, ok := nd.Silences[s.ID]
		return ok
	}); err != nil {
		return err
	}
	v := h.silenceView(d, c, s, now)
	v.Notes = p.Notes
	writeJSON(w, http.StatusCreated, v)
	return nil
}

// ownSilence finds the silence of the path's id that the caller may end:
// 404 when there is none the caller sees, 403 when it was set above the
// caller's level.
func ownSilence(r *http.Request, c caller, d *directory.Directory) (directory.Silence, error) {
	id := r.PathValue("id")
	s, ok := silences.Find(d, id)
	if !ok || !c.sees(d, s) {
		return s, errf(http.StatusNotFound, "no silence %q in your tree", clip(id))
	}
	if !c.mayEnd(d, s) {
		return s, errf(http.StatusForbidden, "silence %q was set above your level (%s %s); ask whoever manages it", clip(s.ID), s.Level, clip(s.Of))
	}
	return s, nil
}

// mayEnd reports whether the caller may end or delete s: its target must
// be in the caller's tree, and whoever set it must not be above the
// caller — a customer's silence on one of its domains is not the domain
// manager's to end. A silence set by the operator (or in the directory
// file, by no manager) is the operator's alone.
func (c caller) mayEnd(d *directory.Directory, s directory.Silence) bool {
	if c.operator {
		return true
	}
	if !c.reaches(d, silenceTarget(s)) {
		return false
	}
	if s.CreatedBy == c.manager.ID {
		return true
	}
	m, ok := d.Managers[s.CreatedBy]
	return ok && c.reaches(d, target{level: m.Level, id: m.Of})
}

// endSilence ends an active silence now: its end becomes now, so that the
// listing shows it ended (and by the audit, by whom) and the sinks release
// what it held at their next check.
func (h *Handler) endSilence(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	s, err := ownSilence(r, c, d)
	if err != nil {
		return err
	}
	now := time.Now().UTC()
	switch silences.StateAt(s, now) {
	case silences.StateScheduled:
		return errf(http.StatusConflict, "silence %q has not started (it starts %s): delete it instead", s.ID, s.Start.Format(time.RFC3339))
	case silences.StateEnded:
		return errf(http.StatusConflict, "silence %q already ended at %s", s.ID, s.End.Format(time.RFC3339))
	}
	ended := s
	ended.End = now
	if !ended.End.After(ended.Start) {
		ended.End = ended.Start.Add(time.Millisecond)
	}
	rec, err := directory.EncodeRecord(ended)
	if err != nil {
		return err
	}
	if err := h.change(r.Context(), c.entry("silence.end", rec.Key), rec, s, ended, func(nd *directory.Directory) bool {
		got, ok := nd.Silences[s.ID]
		return ok && got.End.Equal(ended.End)
	}); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, h.silenceView(d, c, ended, now))
	return nil
}

func (h *Handler) deleteSilence(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	s, err := ownSilence(r, c, d)
	if err != nil {
		return err
	}
	id := s.ID
	rec := directory.Record{Key: directory.Key(directory.KindSilence, id)}
	if err := h.change(r.Context(), c.entry("silence.delete", rec.Key), rec, s, nil, func(nd *directory.Directory) bool {
		_, ok := nd.Silences[id]
		return !ok
	}); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// MaxSilencesPerManager is the default of Config.MaxSilences: the most
// silences in force or to come that one manager may have set (the
// operator is not bounded). Each is a record of
// the compacted config topic, which every instance and sink holds in
// memory and every listing returns.
const MaxSilencesPerManager = 100

// silencesNotEnded counts the silences by who set that have not ended.
func silencesNotEnded(d *directory.Directory, by string, now time.Time) int {
	n := 0
	for _, s := range d.Silences {
		if s.CreatedBy == by && s.End.After(now) {
			n++
		}
	}
	return n
}
