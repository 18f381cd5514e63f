// Package consoleapi serves the managers' side of the console: sign-in and
// sign-out, the reseller → customer → domain tree with status rollups, the
// Mail Flow tab's settings (window and threshold, with where each value
// comes from) and the signed-in manager's notifications and API tokens.
//
// Every write is a record on the compacted config topic (the directory's
// own kinds: reseller, customer, domain, manager, subscription) and an
// entry on the audit topic (package audit). A manager reads and changes
// only what lies in their own tree; the operator's admin token reads and
// changes anything. Out-of-tree targets are answered 404, exactly like
// targets that do not exist.
//
// Authentication: the session cookie (package accounts; writes also need
// the session's CSRF token in X-CSRF-Token and pass net/http's
// CrossOriginProtection), or "Authorization: Bearer TOKEN" with the
// operator's admin token, a manager's console-made API token (mft_…) or a
// manager's directory token (api_token_sha256).
//
// Endpoints (JSON; errors are {"error": "..."}):
//
//	POST   /api/v1/session                        sign in {email, password}
//	GET    /api/v1/session                        who am I, CSRF token
//	DELETE /api/v1/session                        sign out (every instance)
//	POST   /api/v1/password                       set password {token, password} (one-time link)
//	GET    /api/v1/tree                           the caller's root level
//	GET    /api/v1/tree/{level}/{id}              a level and its children (?q, ?offset, ?limit)
//	GET    /api/v1/settings/{level}/{id}          window and threshold in force, and their source
//	PUT    /api/v1/settings/{level}/{id}          set {window, threshold}; null resets to inherited
//	GET    /api/v1/me/notifications               my channels and subscriptions everywhere
//	PUT    /api/v1/me/notifications/{level}/{id}  turn on / change {channels, transitions}
//	DELETE /api/v1/me/notifications/{level}/{id}  turn off
//	PUT    /api/v1/me/webhook                     set {url}; answers the new signing secret once
//	DELETE /api/v1/me/webhook                     remove the webhook
//	GET    /api/v1/me/tokens                      my API tokens
//	POST   /api/v1/me/tokens                      create {name}; answers the token once
//	DELETE /api/v1/me/tokens/{id}                 revoke (with a token: only that token itself)
//	GET    /api/v1/me/sessions                    my live sessions (current: true on this one)
//	DELETE /api/v1/me/sessions/{id}               end one (this one: a sign-out)
//	DELETE /api/v1/me/sessions?others=1           end every other one
//	GET    /api/v1/silences                       silences of my tree (?domain=NAME: those covering it)
//	POST   /api/v1/silences                       silence {level, id, duration | end, start?, reason}
//	DELETE /api/v1/silences/{id}                  end a silence set in my tree
package consoleapi
