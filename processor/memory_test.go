package processor

import "testing"

func TestMemoryBudget(t *testing.T) {
	for _, total := range []int64{MinMemoryLimit, 256 << 20, DefaultMemoryLimit, 1 << 30, 16 << 30} {
		b, err := NewMemoryBudget(total)
		if err != nil {
			t.Fatal(err)
		}
		parts := b.StateCache + 2*b.StateMemTable + b.LogCache + 2*b.LogMemTable + b.GoHeap
		if parts > total || parts < total*7/8 {
			t.Errorf("%d MiB: parts add up to %d MiB", total>>20, parts>>20)
		}
		if b.WindowCache < 8000 || b.GoHeap < total*2/3 {
			t.Errorf("%d MiB: %d windows, Go heap %d MiB", total>>20, b.WindowCache, b.GoHeap>>20)
		}
	}
	if _, err := NewMemoryBudget(MinMemoryLimit - 1); err == nil {
		t.Error("a budget below the minimum was accepted")
	}
}
