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
//	DELETE /api/v1/silences/{id}         end it now (the record is deleted)

func (h *Handler) registerSilences(mux *http.ServeMux) {
	mux.HandleFunc("GET /api/v1/silences", h.authed(h.listSilences))
	mux.HandleFunc("POST /api/v1/silences", h.authed(h.createSilence))
	mux.HandleFunc("DELETE /api/v1/silences/{id}", h.authed(h.deleteSilence))
}

// silenceTarget is the silence's scope as a target of this package.
func silenceTarget(s directory.Silence) target { return target{level: s.Level, id: s.Of} }

// sees reports whether the caller may see the silence: it silences
// something in the caller's tree, or lies above the caller and covers the
// caller's level (a domain's manager sees the customer's maintenance
// window that silences the domain).
func (c caller) sees(d *directory.Directory, s directory.Silence) bool {
	if c.operator || c.reaches(d, silenceTarget(s)) {
		return true
	}
	for _, dom := range d.DomainsUnder(c.manager.Level, c.manager.Of) {
		if within(d, target{level: directory.LevelDomain, id: dom}, s.Level, s.Of) {
			return true
		}
	}
	return false
}

func (h *Handler) silenceView(d *directory.Directory, c caller, s directory.Silence, now time.Time) silences.View {
	return silences.View{Silence: s, State: silences.StateAt(s, now), Name: nameOf(d, s.Level, s.Of), CanEnd: c.reaches(d, silenceTarget(s))}
}

func (h *Handler) listSilences(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	now := time.Now()
	domain := r.URL.Query().Get("domain")
	if domain != "" {
		t := target{level: directory.LevelDomain, id: domain}
		if !exists(d, t) || !c.reaches(d, t) {
			return errf(http.StatusNotFound, "no domain %q in your tree", clip(domain))
		}
	}
	out := []silences.View{}
	for _, s := range d.Silences {
		if !silences.Shown(s, now) || !c.sees(d, s) {
			continue
		}
		if domain != "" && !within(d, target{level: directory.LevelDomain, id: domain}, s.Level, s.Of) && !(s.Level == directory.LevelDomain && s.Of == domain) {
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
	t := target{level: req.Level, id: req.ID}
	switch t.level {
	case directory.LevelReseller, directory.LevelCustomer, directory.LevelDomain:
	default:
		return errf(http.StatusBadRequest, "level %q: want reseller, customer or domain", clip(string(t.level)))
	}
	if !exists(d, t) || !c.reaches(d, t) {
		return errf(http.StatusNotFound, "no %s %q in your tree", t.level, clip(t.id))
	}
	now := time.Now()
	s, err := req.Silence(now, c.actor())
	if err != nil {
		return errf(http.StatusBadRequest, "%s", err.Error())
	}
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
	writeJSON(w, http.StatusCreated, h.silenceView(d, c, s, now))
	return nil
}

func (h *Handler) deleteSilence(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	id := r.PathValue("id")
	s, ok := d.Silences[id]
	if !ok || !c.sees(d, s) {
		return errf(http.StatusNotFound, "no silence %q in your tree", clip(id))
	}
	if !c.reaches(d, silenceTarget(s)) {
		return errf(http.StatusForbidden, "silence %q was set above your level (%s %s); ask whoever manages it", clip(id), s.Level, clip(s.Of))
	}
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
