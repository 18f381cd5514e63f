package consoleapi

import (
	"errors"
	"net/http"
	"time"

	"github.com/mailflow/mailflow/accounts"
	"github.com/mailflow/mailflow/directory"
)

// A manager's own console sessions, as an account page lists them
// (GitHub's and Google's "where you're signed in"):
//
//	GET    /api/v1/me/sessions             the caller's live sessions
//	DELETE /api/v1/me/sessions/{id}        end one (the current one too: a sign-out)
//	DELETE /api/v1/me/sessions?others=1    end every other one, keep this one
//
// Operators list and end anyone's with `mailflow account sessions`.

// mySessionView is one of the caller's sessions.
type mySessionView struct {
	// ID names the session (accounts.SessionIDLength characters, as
	// `mailflow account sessions list` shows it).
	ID string `json:"id"`
	// SignedIn is nil for a session of a release that did not record it.
	SignedIn *time.Time `json:"signed_in,omitempty"`
	Expires  time.Time  `json:"expires"`
	// Remote and Agent are the address and browser at sign-in.
	Remote string `json:"remote,omitempty"`
	Agent  string `json:"agent,omitempty"`
	// Current marks the session the request came with.
	Current bool `json:"current"`
}

func viewOfSession(s accounts.SessionInfo, current string) mySessionView {
	return mySessionView{ID: s.ID, SignedIn: s.SignedIn, Expires: s.Expires, Remote: s.Remote, Agent: s.Agent, Current: s.ID == current}
}

// sessionsCaller refuses whoever may not manage the caller's sessions.
// An API token may not, as GitHub's cannot (a personal access token
// reaches no "sessions" endpoint; only the signed-in web page lists and
// revokes sessions): a token is a machine's credential, and a leaked one
// must neither learn where its owner is signed in (addresses, browsers)
// nor sign the owner out and so keep them from revoking it.
func sessionsCaller(c caller) error {
	if c.operator {
		return errOperatorNoProfile
	}
	if c.via != "session" {
		return errf(http.StatusForbidden, "an API token cannot list or end console sessions: sign in to the console and open Security")
	}
	return nil
}

// currentSession is the listed id of the session the request came with.
func (h *Handler) currentSession(r *http.Request) string {
	return accounts.SessionIDOfToken(h.sm.Token(r.Context()))
}

func (h *Handler) listMySessions(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	if err := sessionsCaller(c); err != nil {
		return err
	}
	cur := h.currentSession(r)
	out := []mySessionView{}
	for _, s := range h.cfg.Accounts.ListSessions(c.manager.ID) {
		out = append(out, viewOfSession(s, cur))
	}
	writeJSON(w, http.StatusOK, map[string]any{"sessions": out})
	return nil
}

// endMySession ends one of the caller's sessions. Ending the current one
// is a sign-out: the cookie is cleared with the record.
func (h *Handler) endMySession(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	if err := sessionsCaller(c); err != nil {
		return err
	}
	id := r.PathValue("id")
	cur := h.currentSession(r)
	var ended accounts.SessionInfo
	if id == cur {
		for _, s := range h.cfg.Accounts.ListSessions(c.manager.ID) {
			if s.ID == id {
				ended = s
			}
		}
		// Destroy rather than a tombstone written behind scs's back: scs
		// would otherwise commit the session again at the end of this
		// request should anything have changed in it.
		if err := h.sm.Destroy(r.Context()); err != nil {
			return err
		}
	} else {
		ss, err := h.cfg.Accounts.RevokeSessions(r.Context(), c.manager.ID, []string{id})
		if errors.Is(err, accounts.ErrNoSession) {
			// Another manager's session is not found either, in the same
			// words: nothing is told about it.
			return errf(http.StatusNotFound, "you have no live session %q: it may have ended already (reload the list)", clip(id))
		}
		if err != nil {
			return err
		}
		ended = ss[0]
	}
	h.auditSessionsEnded(r, c, []accounts.SessionInfo{ended})
	writeJSON(w, http.StatusOK, map[string]any{"status": "signed out", "session": viewOfSession(ended, cur)})
	return nil
}

// endOtherSessions ends every session of the caller but the current one
// ("sign out all other sessions"). ?others=1 is required, so that a bare
// DELETE on the collection, which reads as "all of them", is not taken
// for this.
func (h *Handler) endOtherSessions(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	if err := sessionsCaller(c); err != nil {
		return err
	}
	if r.URL.Query().Get("others") != "1" {
		return errf(http.StatusBadRequest, "say which: DELETE /api/v1/me/sessions?others=1 ends your other sessions, DELETE /api/v1/me/sessions/{id} one of them, DELETE /api/v1/session this one")
	}
	cur := h.currentSession(r)
	ss, err := h.cfg.Accounts.RevokeOtherSessions(r.Context(), c.manager.ID, cur)
	if errors.Is(err, accounts.ErrNoSession) {
		// This session ended while the request was on its way.
		return errSignIn
	}
	if err != nil {
		return err
	}
	h.auditSessionsEnded(r, c, ss)
	out := []mySessionView{}
	for _, s := range ss {
		out = append(out, viewOfSession(s, cur))
	}
	writeJSON(w, http.StatusOK, map[string]any{"status": "signed out", "ended": out})
	return nil
}

// auditSessionsEnded writes a "session.revoke" entry for each session
// ended (key session/ID, its sign-in address and browser as after).
func (h *Handler) auditSessionsEnded(r *http.Request, c caller, ss []accounts.SessionInfo) {
	for _, s := range ss {
		e := c.entry("session.revoke", "session/"+s.ID)
		e.After, _ = auditJSON(map[string]string{"id": s.ID, "remote": s.Remote, "agent": s.Agent})
		if err := h.audit.Write(r.Context(), e); err != nil {
			h.cfg.Log.Error("console: audit of a session ended", "err", err)
		}
	}
	if len(ss) > 0 {
		h.cfg.Log.Info("console: sessions ended by their manager", "manager", c.manager.ID, "sessions", len(ss))
	}
}
