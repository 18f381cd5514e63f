package directory

import (
	"context"
	"errors"
	"os"
	"reflect"
	"testing"
	"time"

	"github.com/twmb/franz-go/pkg/kfake"
	"github.com/twmb/franz-go/pkg/kgo"
)

func TestApplyAndGet(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	c, err := kfake.NewCluster(kfake.NumBrokers(1), kfake.SeedTopics(1, "cfg"))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	opts := []kgo.Opt{kgo.SeedBrokers(c.ListenAddrs()...)}
	cl, err := kgo.NewClient(opts...)
	if err != nil {
		t.Fatal(err)
	}
	defer cl.Close()

	data, err := os.ReadFile("testdata/example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	f, err := ParseFile(data)
	if err != nil {
		t.Fatal(err)
	}
	res, err := Apply(ctx, cl, "cfg", f, false)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Created) != 14 || res.Unchanged != 1 || len(res.Updated) != 0 || len(res.Deleted) != 0 {
		t.Fatalf("first apply: %+v", res)
	}
	out, err := Get(ctx, "cfg", opts)
	if err != nil {
		t.Fatal(err)
	}
	back, err := ParseFile(out)
	if err != nil {
		t.Fatalf("get printed an unreadable file: %v\n%s", err, out)
	}
	if !reflect.DeepEqual(back.Directory(), f.Directory()) {
		t.Fatalf("get differs from what was applied:\n%s", out)
	}

	// The same file again changes nothing.
	if res, err = Apply(ctx, cl, "cfg", f, false); err != nil || res.Changed() || res.Unchanged != 15 {
		t.Fatalf("re-apply: %+v, %v", res, err)
	}

	// A smaller file updates one entity; without prune the rest stays,
	// with prune it goes.
	small, err := ParseFile([]byte(`resellers: [{id: acme-msp, name: ACME}]
customers: [{id: initech, reseller: acme-msp}]
domains: [{name: initech.example, customer: initech}]
`))
	if err != nil {
		t.Fatal(err)
	}
	if res, err = Apply(ctx, cl, "cfg", small, false); err != nil || !reflect.DeepEqual(res.Updated, []string{"customer/initech", "reseller/acme-msp"}) || len(res.Deleted) != 0 {
		t.Fatalf("apply without prune: %+v, %v", res, err)
	}
	if res, err = Apply(ctx, cl, "cfg", small, true); err != nil || len(res.Deleted) != 11 {
		t.Fatalf("apply with prune: %+v, %v", res, err)
	}
	d, err := Load(ctx, "cfg", opts...)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(d, small.Directory()) {
		t.Errorf("after prune the topic holds %+v", d)
	}

	// An invalid file (built in code, so ParseFile did not see it) writes
	// nothing.
	bad := &File{Customers: []Customer{{ID: "c9", Reseller: "nobody"}}}
	var verr *ValidationError
	if _, err := Apply(ctx, cl, "cfg", bad, true); !errors.As(err, &verr) {
		t.Fatalf("invalid file: err = %v", err)
	}
	if d2, err := Load(ctx, "cfg", opts...); err != nil || !reflect.DeepEqual(d2, d) {
		t.Errorf("invalid file changed the topic: %v", err)
	}
}

func TestLoadMissingTopic(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	c, err := kfake.NewCluster(kfake.NumBrokers(1))
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close()
	d, err := Load(ctx, "nothing", kgo.SeedBrokers(c.ListenAddrs()...))
	if err != nil || len(d.Domains) != 0 {
		t.Fatalf("Load = %+v, %v", d, err)
	}
}
