package state

import "testing"

// TestSeenExpireAfterOlderAdd: Expire skips reading a set whose oldest
// hour it knows (SeenIDs.low), so an id or chunk added later with an
// older hour than any held must still expire, whichever way it came in,
// attached or not.
func TestSeenExpireAfterOlderAdd(t *testing.T) {
	for _, tc := range []struct {
		name string
		add  func(s *SeenIDs)
		// wantChunks is how many chunks Expire(100) must report.
		wantChunks, wantInline int
	}{
		{"Remember", func(s *SeenIDs) { s.Count(7, 50); s.Remember(50, []uint64{7}) }, 0, 1},
		{"Recover", func(s *SeenIDs) { s.Recover(7, 50) }, 0, 1},
		{"AddLocalChunk", func(s *SeenIDs) { s.AddLocalChunk(3, 50, []uint64{7, 8}) }, 1, 2},
		{"AddChunk", func(s *SeenIDs) { s.AddChunk(3, 50, []uint64{7, 8}) }, 1, 2},
	} {
		for _, attached := range []bool{false, true} {
			s := &SeenIDs{}
			if attached {
				tab := NewSeenTable(nil)
				defer tab.Close()
				s.Attach(tab, 42)
			}
			s.Count(1, 200)
			s.Remember(200, []uint64{1})
			// Nothing before 150: the set notes its oldest hour, 200.
			if got := s.Expire(150, nil); len(got) != 0 || s.Len() != 1 {
				t.Fatalf("%s attached=%v: Expire(150) = %v, %d ids left", tc.name, attached, got, s.Len())
			}
			tc.add(s)
			before := s.Len()
			got := s.Expire(100, nil)
			if len(got) != tc.wantChunks {
				t.Errorf("%s attached=%v: Expire(100) reported chunks %v, want %d", tc.name, attached, got, tc.wantChunks)
			}
			if removed := before - s.Len(); removed != tc.wantInline {
				t.Errorf("%s attached=%v: Expire(100) removed %d ids, want %d", tc.name, attached, removed, tc.wantInline)
			}
		}
	}
}
