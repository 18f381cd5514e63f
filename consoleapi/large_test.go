package consoleapi

import (
	"fmt"
	"testing"
	"time"

	"github.com/mailflow/mailflow/directory"
	"github.com/mailflow/mailflow/schemas"
)

// TestLargeTree pages a reseller of 10,000 domains (100 customers of 100)
// and a customer of 10,000 domains, worst first, and bounds the time a
// page takes.
func TestLargeTree(t *testing.T) {
	ents := []any{directory.Reseller{ID: "big", Name: "Big Reseller"}, directory.Customer{ID: "huge", Reseller: "big"},
		directory.Manager{ID: "mBig", Level: directory.LevelReseller, Of: "big", Email: "big@r.example"}}
	sts := fixedStatuses{}
	for c := range 100 {
		cid := fmt.Sprintf("c%03d", c)
		ents = append(ents, directory.Customer{ID: cid, Reseller: "big"})
		for d := range 100 {
			name := fmt.Sprintf("d%03d.%s.example", d, cid)
			ents = append(ents, directory.Domain{Name: name, Customer: cid})
			if (c*100+d)%7 == 0 {
				sts[name] = schemas.StatusGood
			}
		}
	}
	for d := range 10000 {
		name := fmt.Sprintf("h%05d.example", d)
		ents = append(ents, directory.Domain{Name: name, Customer: "huge"})
		if d%997 == 0 {
			sts[name] = schemas.StatusBad
		}
	}
	// c042 has one Bad domain: it comes first.
	sts["d017.c042.example"] = schemas.StatusBad
	f := newFixture(t, ents, sts, nil)
	c := f.signIn("big@r.example")

	page := func(path string) (TreePage, time.Duration) {
		t.Helper()
		start := time.Now()
		code, body := c.do("GET", path, nil)
		took := time.Since(start)
		if code != 200 {
			t.Fatalf("GET %s: %d %s", path, code, body)
		}
		return decode[TreePage](t, body), took
	}
	p, took := page("/api/v1/tree?limit=50")
	t.Logf("reseller of 20,000 domains in 101 customers, first page: %v", took)
	if p.Total != 101 || len(p.Children) != 50 || p.NextOffset != 50 {
		t.Fatalf("reseller page: total %d, %d rows, next %d", p.Total, len(p.Children), p.NextOffset)
	}
	if p.Children[0].ID != "huge" || p.Children[0].Rollup.Bad != 11 || p.Children[1].ID != "c042" || p.Children[1].Rollup.Bad != 1 {
		t.Fatalf("worst first: %+v %+v", p.Children[0], p.Children[1])
	}
	var total time.Duration
	offset, pages := 0, 0
	seen := map[string]bool{}
	for {
		p, took := page(fmt.Sprintf("/api/v1/tree/customer/huge?limit=500&offset=%d", offset))
		total += took
		pages++
		for _, n := range p.Children {
			if seen[n.ID] {
				t.Fatalf("%s on two pages", n.ID)
			}
			seen[n.ID] = true
		}
		if p.NextOffset == 0 {
			break
		}
		offset = p.NextOffset
	}
	if len(seen) != 10000 {
		t.Fatalf("paged %d of 10,000 domains", len(seen))
	}
	t.Logf("customer of 10,000 domains: %d pages of 500, %v a page on average", pages, total/time.Duration(pages))
	if avg := total / time.Duration(pages); avg > 500*time.Millisecond {
		t.Errorf("a page takes %v on average", avg)
	}
	p, _ = page("/api/v1/tree/customer/huge?q=h0999&limit=50")
	if p.Total != 10 {
		t.Fatalf("search h0999: %d, want 10 (h09990…h09999)", p.Total)
	}
}
