package diagnose

import "testing"

// TestSentProtocolNotice: an application's report that it sent the message
// with a protocol is a delivery only as the template alone, in any of its
// languages and with full-width separators; a failure that quotes it, or a
// template with other words in the protocol's place, is not (newcomer
// review N1, N2 of session 37; review S37B).
func TestSentProtocolNotice(t *testing.T) {
	c := New()
	for _, tc := range []struct {
		in        string
		delivered bool
	}{
		{"Your message has been successfully sent using the following protocol: smtp", true},
		{"Your message has been successfully sent using the following protocol：smtp", true},
		{"  Your message has been successfully sent using the following protocol: sendmail.", true},
		{"E-mail 成功发送： smtp", true},
		{"您的信息已通过以下协议成功发送：smtp", true},
		{"Mesajınız mail protokolü kullanılarak başarıyla gönderildi.", true},
		{"smtp 프로토콜을 사용하여 메시지가 성공적으로 전송되었습니다.", true},
		{"Pesan Anda telah berhasil dikirim menggunakan protokol berikut: \"smtp\"", true},
		{"Su mensaje ha sido enviado correctamente utilizando el siguiente protocolo: smtp buzón lleno smtp", false},
		{"Сообщение было отправлено по протоколу: smtp ящик переполнен smtp", false},
		{"Your message has been successfully sent using the following protocol: quota exceeded smtp", false},
		{"Your message has been successfully sent using the following protocol: relay denied smtp", false},
		{"Your message has been successfully sent using the following protocol: smtp. 550 5.1.1 User unknown", false},
		{"mail quota exceeded 正常に送信されました", false},
		{"mail: 수신자 주소가 존재하지 않습니다. 메시지가 성공적으로 전송되었습니다", false},
		{"Your message has been successfully sent using the following protocol: ftp", false},
	} {
		r := c.Classify(Input{Response: tc.in})
		if got := r.Outcome == OutcomeDelivered; got != tc.delivered {
			t.Errorf("%q: %s/%s, want delivered %v", tc.in, r.Outcome, r.Category, tc.delivered)
		}
	}
}
