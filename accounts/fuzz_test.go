package accounts

import (
	"testing"
	"time"

	"github.com/alexedwards/scs/v2"
)

// FuzzDecodeRecord feeds the accounts topic's decoder arbitrary keys and
// values: it must return a record or an error, never panic, and a record it
// accepts must have the kind and id of its key.
func FuzzDecodeRecord(f *testing.F) {
	f.Add([]byte("password/m1"), []byte(`{"manager":"m1","hash":"$argon2id$v=19$m=1024,t=1,p=1$c2FsdA$a2V5","set_at":"2026-11-30T00:00:00Z"}`))
	f.Add([]byte("session/abc_-"), []byte(`{"expiry":"2026-11-30T00:00:00Z","data":"AAEC"}`))
	f.Add([]byte("link/0f"), []byte(`{"manager":"m1","expires":"2026-11-30T00:00:00Z"}`))
	f.Add([]byte("token/t1"), []byte(`{"id":"t1","manager":"m1","name":"ci","sha256":"0000000000000000000000000000000000000000000000000000000000000000"}`))
	f.Add([]byte("token/t1"), []byte(nil))
	f.Add([]byte("nokind"), []byte(`{}`))
	f.Fuzz(func(t *testing.T, key, value []byte) {
		d, err := decodeRecord(key, value)
		if err != nil {
			return
		}
		if string(key) != d.kind+"/"+d.id {
			t.Fatalf("key %q decoded as %s/%s", key, d.kind, d.id)
		}
	})
}

// FuzzSessionData feeds the session lister arbitrary scs data from a
// session record (it comes from the accounts topic): it must list the
// session or skip it, never panic, and a listed session names a manager.
func FuzzSessionData(f *testing.F) {
	good, err := scs.GobCodec{}.Encode(time.Date(2026, 11, 30, 12, 0, 0, 0, time.UTC), map[string]any{
		SessionKeyManager: "m1", SessionKeySignedIn: int64(1796000000), SessionKeyRemote: "192.0.2.7", SessionKeyAgent: "Firefox/140", "pw_set_at": int64(1)})
	if err != nil {
		f.Fatal(err)
	}
	f.Add(good)
	f.Add(good[:len(good)/2])
	f.Add([]byte{})
	f.Add([]byte("AAEC"))
	f.Fuzz(func(t *testing.T, data []byte) {
		info, ok := sessionOf("c2Vzc2lvbi1rZXktb2YtdGhlLXRlc3Q", SessionRecord{Expiry: time.Now(), Data: data})
		if ok && (info.Manager == "" || len(info.ID) != SessionIDLength) {
			t.Fatalf("listed %+v", info)
		}
	})
}
