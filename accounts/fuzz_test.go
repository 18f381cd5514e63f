package accounts

import "testing"

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
