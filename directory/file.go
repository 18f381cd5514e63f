package directory

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/mailflow/mailflow/durations"
)

// File is a whole directory as written in a directory file (the YAML that
// `mailflow config apply -f` reads and `mailflow config get` prints). The
// file is the source of truth: apply makes the config topic hold what the
// file holds.
//
// The YAML shape, with every list optional:
//
//	defaults:      {window: 25, threshold: 0.9}
//	resellers:     [{id, name, window, threshold}]
//	customers:     [{id, name, reseller, window, threshold}]
//	domains:       [{name, customer, window, threshold}]
//	managers:      [{id, name, level, of, email, webhook_url, webhook_secret, api_token_sha256}]
//	subscriptions: [{id, manager, level, of, transitions, channels, min_interval}]
//
// See testdata/example.yaml for a complete example.
type File struct {
	// Defaults are the global settings; nil leaves them as they are (or,
	// with prune, resets them to the built-in defaults).
	Defaults      *Settings
	Resellers     []Reseller
	Customers     []Customer
	Domains       []Domain
	Managers      []Manager
	Subscriptions []Subscription

	// lines maps a path in the file ("customers[2].reseller") to the line
	// it is on, so that validation can point at it.
	lines map[string]int
}

// Empty reports whether the file holds no resellers, customers, domains,
// managers or subscriptions (defaults alone count as empty: they are not
// what a directory is for). Applied with prune, such a file deletes the
// whole directory, which is far more often an empty or failed `config get`
// than the operator's wish, so the command line asks for it by name.
func (f *File) Empty() bool {
	return len(f.Resellers) == 0 && len(f.Customers) == 0 && len(f.Domains) == 0 && len(f.Managers) == 0 && len(f.Subscriptions) == 0
}

// MaxMinInterval bounds a subscription's min_interval: a longer one would
// hold a notification back for so long that it is no longer news.
const MaxMinInterval = 7 * 24 * time.Hour

// ParseFile reads a directory file and validates it. On any problem it
// returns a *ValidationError that lists every problem found, each with its
// path in the file and its line, and no File.
func ParseFile(data []byte, opts ...ParseOption) (*File, error) {
	return ParseFileOnto(data, nil, opts...)
}

// ParseFileOnto reads a directory file that is applied without prune onto
// the directory cur, and validates it as File.ValidateOnto does: the file
// may name what cur holds. A nil cur is ParseFile. Problems are reported
// as ParseFile reports them.
func ParseFileOnto(data []byte, cur *Directory, opts ...ParseOption) (*File, error) {
	var c parseConfig
	for _, o := range opts {
		o(&c)
	}
	var p problems
	root, err := parseYAML(data, &p)
	if err != nil {
		return nil, &ValidationError{Problems: []*Problem{{Message: "not valid YAML: " + err.Error()}}}
	}
	r := &fileReader{p: &p, f: &File{lines: map[string]int{}}}
	r.file(root)
	if c.keepFrom != nil {
		r.f.keepRedacted(c.keepFrom)
	}
	// Validate even when reading found problems: a wrong field is left at
	// its zero value, which can add a follow-on problem, but hiding the
	// other mistakes would cost the author another round.
	v := &validator{f: r.f, p: &p, onto: cur}
	v.run()
	if err := p.err(); err != nil {
		slices.SortStableFunc(p.list, func(a, b *Problem) int { return a.Line - b.Line })
		return nil, err
	}
	return r.f, nil
}

// fileReader turns the YAML tree into a File, reporting every field that is
// unknown or of the wrong form.
type fileReader struct {
	p *problems
	f *File
}

func (r *fileReader) file(n *ynode) {
	r.mapping(n, "", map[string]func(*ynode, string){
		"defaults": func(v *ynode, path string) {
			var s Settings
			r.mapping(v, path, r.settingsFields(&s, nil))
			r.f.Defaults = &s
		},
		"resellers": func(v *ynode, path string) {
			r.list(v, path, func(n *ynode, path string) {
				var e Reseller
				r.mapping(n, path, r.settingsFields(&e.Settings, map[string]func(*ynode, string){
					"id":   r.str(&e.ID),
					"name": r.str(&e.Name),
				}))
				r.f.Resellers = append(r.f.Resellers, e)
			})
		},
		"customers": func(v *ynode, path string) {
			r.list(v, path, func(n *ynode, path string) {
				var e Customer
				r.mapping(n, path, r.settingsFields(&e.Settings, map[string]func(*ynode, string){
					"id":       r.str(&e.ID),
					"name":     r.str(&e.Name),
					"reseller": r.str(&e.Reseller),
				}))
				r.f.Customers = append(r.f.Customers, e)
			})
		},
		"domains": func(v *ynode, path string) {
			r.list(v, path, func(n *ynode, path string) {
				var e Domain
				r.mapping(n, path, r.settingsFields(&e.Settings, map[string]func(*ynode, string){
					"name":     r.str(&e.Name),
					"customer": r.str(&e.Customer),
				}))
				r.f.Domains = append(r.f.Domains, e)
			})
		},
		"managers": func(v *ynode, path string) {
			r.list(v, path, func(n *ynode, path string) {
				var e Manager
				r.mapping(n, path, map[string]func(*ynode, string){
					"id":               r.str(&e.ID),
					"name":             r.str(&e.Name),
					"level":            r.level(&e.Level),
					"of":               r.str(&e.Of),
					"email":            r.str(&e.Email),
					"webhook_url":      r.str(&e.WebhookURL),
					"webhook_secret":   r.str(&e.WebhookSecret),
					"api_token_sha256": r.str(&e.APITokenSHA256),
				})
				r.f.Managers = append(r.f.Managers, e)
			})
		},
		"subscriptions": func(v *ynode, path string) {
			r.list(v, path, func(n *ynode, path string) {
				var e Subscription
				r.mapping(n, path, map[string]func(*ynode, string){
					"id":      r.str(&e.ID),
					"manager": r.str(&e.Manager),
					"level":   r.level(&e.Level),
					"of":      r.str(&e.Of),
					"transitions": func(v *ynode, path string) {
						var ss []string
						r.strList(&ss)(v, path)
						for _, s := range ss {
							e.Transitions = append(e.Transitions, Transition(s))
						}
					},
					"channels":     r.strList(&e.Channels),
					"min_interval": r.duration(&e.MinInterval),
					"incidents":    r.boolean(&e.Incidents),
				})
				r.f.Subscriptions = append(r.f.Subscriptions, e)
			})
		},
	})
}

func (r *fileReader) settingsFields(s *Settings, more map[string]func(*ynode, string)) map[string]func(*ynode, string) {
	if more == nil {
		more = map[string]func(*ynode, string){}
	}
	more["window"] = func(v *ynode, path string) {
		if !r.scalar(v, path) {
			return
		}
		n, err := strconv.Atoi(v.str)
		if err != nil || n < 1 || n > MaxWindow {
			r.p.add(path, v.line, fmt.Sprintf("window %q: want a whole number of attempts in 1..%d", v.str, MaxWindow))
			return
		}
		s.Window = n
	}
	more["threshold"] = func(v *ynode, path string) {
		if !r.scalar(v, path) {
			return
		}
		t, err := ParseThreshold(v.str)
		if err != nil {
			r.p.add(path, v.line, err.Error())
			return
		}
		s.Threshold = t
	}
	more["repeat_interval"] = r.notifyInterval(&s.RepeatInterval)
	more["flap_interval"] = r.notifyInterval(&s.FlapInterval)
	more["exclude_recipient_failures"] = r.switchField(&s.ExcludeRecipientFailures)
	more["delay_threshold"] = r.delayThreshold(&s.DelayThreshold)
	more["silent_after"] = r.silentAfter(&s.SilentAfter)
	more["silent_baseline"] = r.silentBaseline(&s.SilentBaseline)
	return more
}

// mapping reads a mapping whose keys must be among fields. Every unknown or
// repeated key is reported; the known ones are read even then, so that one
// typo does not hide the problems next to it.
func (r *fileReader) mapping(n *ynode, path string, fields map[string]func(*ynode, string)) {
	if n.kind != yMap {
		if path == "" && n.kind == yNull {
			return // an empty file is an empty directory
		}
		r.p.add(path, n.line, "want a mapping, found "+n.kind.String())
		return
	}
	r.f.lines[path] = n.line
	seen := map[string]bool{}
	for i, k := range n.keys {
		fp := join(path, k)
		r.f.lines[fp] = n.keyAt[i]
		if seen[k] {
			r.p.add(fp, n.keyAt[i], "repeated field")
			continue
		}
		seen[k] = true
		read, ok := fields[k]
		if !ok {
			names := make([]string, 0, len(fields))
			for name := range fields {
				names = append(names, name)
			}
			slices.Sort(names)
			r.p.add(fp, n.keyAt[i], "unknown field; want one of "+strings.Join(names, ", "))
			continue
		}
		read(n.vals[i], fp)
	}
}

func (r *fileReader) list(n *ynode, path string, item func(*ynode, string)) {
	if n.kind == yNull {
		return
	}
	if n.kind != ySeq {
		r.p.add(path, n.line, "want a list, found "+n.kind.String())
		return
	}
	for i, v := range n.vals {
		item(v, fmt.Sprintf("%s[%d]", path, i))
	}
}

func (r *fileReader) scalar(v *ynode, path string) bool {
	if v.kind != yScalar {
		r.p.add(path, v.line, "want a value, found "+v.kind.String())
		return false
	}
	return true
}

func (r *fileReader) str(dst *string) func(*ynode, string) {
	return func(v *ynode, path string) {
		if v.kind == yNull {
			return
		}
		if r.scalar(v, path) {
			*dst = v.str
		}
	}
}

func (r *fileReader) level(dst *Level) func(*ynode, string) {
	return func(v *ynode, path string) {
		var s string
		r.str(&s)(v, path)
		*dst = Level(s)
	}
}

func (r *fileReader) strList(dst *[]string) func(*ynode, string) {
	return func(v *ynode, path string) {
		if v.kind == yScalar {
			// A single value where a list is expected is what a person
			// means by a one-item list.
			*dst = []string{v.str}
			return
		}
		r.list(v, path, func(n *ynode, path string) {
			if r.scalar(n, path) {
				*dst = append(*dst, n.str)
				r.f.lines[path] = n.line
			}
		})
	}
}

func (r *fileReader) duration(dst *time.Duration) func(*ynode, string) {
	return func(v *ynode, path string) {
		if v.kind == yNull || !r.scalar(v, path) {
			return
		}
		d, err := durations.Parse(v.str)
		if err != nil || d < 0 || d > MaxMinInterval {
			r.p.add(path, v.line, fmt.Sprintf("%q: want a duration such as 10m, 1h30m or 1d, at most %s", v.str, MaxMinInterval))
			return
		}
		*dst = d
	}
}
