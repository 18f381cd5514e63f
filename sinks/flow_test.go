package sinks

import (
	"context"
	"testing"
	"time"
)

func testFlow(t *testing.T, maxActive, maxQueued, perTarget, targetConcurrency int) *flow {
	t.Helper()
	m, err := newMetrics(nil)
	if err != nil {
		t.Fatal(err)
	}
	return newFlow(Config{MaxInflight: maxActive, MaxQueued: maxQueued, TargetInflight: perTarget, TargetConcurrency: targetConcurrency}, m)
}

// TestFlowBudget checks what counts against the in-flight budget: a
// healthy target's jobs up to its share, nothing of a failing target or
// of a lane waiting on purpose, and every job against the queue bound.
func TestFlowBudget(t *testing.T) {
	t.Parallel()
	type step struct {
		op      string // add, addWaiting, done, wait, unwait, fail, recover
		target  string
		n       int
		active  int
		queued  int
		failing int
	}
	cases := []struct {
		name  string
		steps []step
	}{
		{"a healthy target counts up to its share", []step{
			{op: "add", target: "a", n: 3, active: 3, queued: 3},
			{op: "add", target: "a", n: 10, active: 4, queued: 13},
			{op: "add", target: "b", n: 2, active: 6, queued: 15},
			{op: "done", target: "a", n: 10, active: 5, queued: 5},
			{op: "done", target: "a", n: 3, active: 2, queued: 2},
		}},
		{"a failing target counts for nothing until it delivers again", []step{
			{op: "add", target: "a", n: 3, active: 3, queued: 3},
			{op: "fail", target: "a", active: 0, queued: 3, failing: 1},
			{op: "add", target: "a", n: 100, active: 0, queued: 103, failing: 1},
			{op: "add", target: "b", n: 1, active: 1, queued: 104, failing: 1},
			{op: "recover", target: "a", active: 5, queued: 104},
			{op: "done", target: "a", n: 103, active: 1, queued: 1},
		}},
		{"a failing target with nothing left is forgotten", []step{
			{op: "add", target: "a", n: 1, active: 1, queued: 1},
			{op: "fail", target: "a", active: 0, queued: 1, failing: 1},
			{op: "done", target: "a", n: 1, active: 0, queued: 0, failing: 0},
			{op: "add", target: "a", n: 1, active: 1, queued: 1},
		}},
		{"a lane waiting on purpose counts for nothing", []step{
			{op: "add", target: "a", n: 2, active: 2, queued: 2},
			{op: "wait", target: "a", n: 2, active: 0, queued: 2},
			{op: "addWaiting", target: "a", n: 5, active: 0, queued: 7},
			{op: "add", target: "a", n: 1, active: 1, queued: 8},
			{op: "unwait", target: "a", n: 7, active: 4, queued: 8},
		}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := testFlow(t, 1000, 1000, 4, 2)
			for i, s := range tc.steps {
				switch s.op {
				case "add":
					f.add(s.target, s.n, false)
				case "addWaiting":
					f.add(s.target, s.n, true)
				case "done":
					f.done(s.target, s.n)
				case "wait":
					f.wait(s.target, s.n)
				case "unwait":
					f.wait(s.target, -s.n)
				case "fail":
					f.outcome(s.target, true)
				case "recover":
					f.outcome(s.target, false)
				}
				f.mu.Lock()
				got := [3]int{f.active, f.queued, f.failing}
				f.mu.Unlock()
				if want := [3]int{s.active, s.queued, s.failing}; got != want {
					t.Fatalf("step %d (%s %s %d): active, queued, failing = %v, want %v", i, s.op, s.target, s.n, got, want)
				}
			}
		})
	}
}

// TestFlowAdmit checks that reading waits while the budget is full, for
// either bound, and resumes when a job finishes or a target fails.
func TestFlowAdmit(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name    string
		fill    func(f *flow)
		unblock func(f *flow)
	}{
		{"in flight, freed by a delivery", func(f *flow) {
			f.add("a", 4, false)
			f.add("b", 4, false)
		}, func(f *flow) { f.done("a", 1) }},
		{"in flight, freed by a target failing", func(f *flow) {
			f.add("a", 4, false)
			f.add("b", 4, false)
		}, func(f *flow) { f.outcome("b", true) }},
		{"queued, freed only by a job finishing", func(f *flow) {
			f.add("a", 4, false)
			f.outcome("a", true)
			f.add("a", 16, false)
		}, func(f *flow) { f.done("a", 1) }},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := testFlow(t, 8, 20, 4, 2)
			tc.fill(f)
			got := make(chan int, 1)
			go func() { got <- f.admit(context.Background(), 500) }()
			select {
			case n := <-got:
				t.Fatalf("admitted %d with the budget full", n)
			case <-time.After(50 * time.Millisecond):
			}
			tc.unblock(f)
			select {
			case n := <-got:
				if n < 1 {
					t.Fatalf("admitted %d", n)
				}
			case <-time.After(5 * time.Second):
				t.Fatal("still waiting after room was made")
			}
		})
	}

	f := testFlow(t, 1, 10, 1, 1)
	f.add("a", 1, false)
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if n := f.admit(ctx, 10); n != 0 {
		t.Fatalf("admit with a cancelled context = %d, want 0", n)
	}
}

// TestFlowTargetConcurrency checks that one target's deliveries wait for
// its own slots while another target's go ahead.
func TestFlowTargetConcurrency(t *testing.T) {
	t.Parallel()
	f := testFlow(t, 100, 100, 10, 2)
	ctx := context.Background()
	f.add("hang", 5, false)
	f.add("ok", 1, false)
	for range 2 {
		if !f.acquire(ctx, "hang") {
			t.Fatal("acquire failed")
		}
	}
	third := make(chan bool, 1)
	go func() { third <- f.acquire(ctx, "hang") }()
	if !f.acquire(ctx, "ok") {
		t.Fatal("another target waited for the busy one")
	}
	f.release("ok")
	select {
	case <-third:
		t.Fatal("a third delivery of the busy target started")
	case <-time.After(50 * time.Millisecond):
	}
	f.release("hang")
	select {
	case ok := <-third:
		if !ok {
			t.Fatal("acquire failed")
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the waiting delivery did not get the freed slot")
	}
	cctx, cancel := context.WithCancel(ctx)
	go func() { time.Sleep(20 * time.Millisecond); cancel() }()
	if f.acquire(cctx, "hang") {
		t.Fatal("acquire returned true after its context ended")
	}
}
