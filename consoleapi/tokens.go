package consoleapi

import (
	"net/http"
	"time"

	"github.com/mailflow/mailflow/directory"
)

type tokenView struct {
	ID      string    `json:"id"`
	Name    string    `json:"name"`
	Created time.Time `json:"created"`
	// Hint is the token's last four characters.
	Hint string `json:"hint"`
	// Token is set only in the answer that creates it.
	Token string `json:"token,omitempty"`
}

func (h *Handler) listTokens(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	if c.operator {
		return errOperatorNoProfile
	}
	out := []tokenView{}
	for _, t := range h.cfg.Accounts.Tokens(c.manager.ID) {
		out = append(out, tokenView{ID: t.ID, Name: t.Name, Created: t.Created, Hint: t.Hint})
	}
	writeJSON(w, http.StatusOK, map[string]any{"tokens": out})
	return nil
}

func (h *Handler) createToken(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	if c.operator {
		return errOperatorNoProfile
	}
	if c.via == "token" {
		// A token that could mint tokens would outlive its own
		// revocation through its children (review finding): tokens are
		// made by a signed-in person, as GitHub's are.
		return errf(http.StatusForbidden, "an API token cannot create API tokens: sign in to the console (or ask an operator for a set-password link) and create it there")
	}
	var body struct {
		Name string `json:"name"`
	}
	if err := readJSON(r, &body); err != nil {
		return err
	}
	tok, rec, err := h.cfg.Accounts.NewToken(r.Context(), c.manager.ID, body.Name)
	if err != nil {
		return errf(http.StatusBadRequest, "%v", err)
	}
	e := c.entry("token.create", "token/"+rec.ID)
	e.After, _ = auditJSON(map[string]string{"id": rec.ID, "name": rec.Name})
	if err := h.audit.Write(r.Context(), e); err != nil {
		h.cfg.Log.Error("console: audit of a token creation", "err", err)
	}
	writeJSON(w, http.StatusCreated, tokenView{ID: rec.ID, Name: rec.Name, Created: rec.Created, Hint: rec.Hint, Token: tok})
	return nil
}

func (h *Handler) revokeToken(w http.ResponseWriter, r *http.Request, c caller, d *directory.Directory) error {
	if c.operator {
		return errOperatorNoProfile
	}
	id := r.PathValue("id")
	if c.via == "token" && id != c.tokenID {
		// A token may retire itself (a script rotating its credential),
		// not its owner's other tokens: a leaked one could otherwise cut
		// off every other machine of the manager (review finding). People
		// revoke tokens signed in, as on GitHub.
		return errf(http.StatusForbidden, "an API token can revoke only itself: sign in to the console to revoke your other tokens")
	}
	ok, err := h.cfg.Accounts.RevokeToken(r.Context(), c.manager.ID, id)
	if err != nil {
		return err
	}
	if !ok {
		return errf(http.StatusNotFound, "you have no API token %q", clip(id))
	}
	e := c.entry("token.revoke", "token/"+id)
	if err := h.audit.Write(r.Context(), e); err != nil {
		h.cfg.Log.Error("console: audit of a token revocation", "err", err)
	}
	writeJSON(w, http.StatusOK, map[string]string{"status": "revoked"})
	return nil
}
