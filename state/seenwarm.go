package state

import "fmt"

// WarmSeen reads the stored ids of domain back into the table its set
// seen is attached to, so that the set's Check answers for certain
// again: what a caller does when Check answered SeenUnsure. It reads
// every chunk the store holds of the domain (a busy domain's: hundreds;
// a demotion makes a set ask at most once, unless the table demotes
// again) and puts their ids, and the set's inline ids, in the table's
// slots. The store must hold every id the table demoted that the set
// no longer holds inline (the processor demotes only once the store has
// applied its transactions); ids counted since are in the slots, and so
// are demoted ids a later Spill moved into a chunk the store may not
// have yet (Spill puts them back). A set on its own, or one
// whose table demoted nothing since its ids were last all in the slots,
// is left as it is.
func (s *Store) WarmSeen(domain string, seen *SeenIDs) error {
	if seen.tab == nil || seen.warm == seen.tab.demotes {
		return nil
	}
	r := chunkReader{db: s.db, warm: true}
	err := r.load(domain, seen)
	if cerr := r.close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("read back: %w", err)
	}
	seen.warmed()
	return nil
}
