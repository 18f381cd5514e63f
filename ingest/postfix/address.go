package postfix

import (
	"errors"
	"strings"
)

// The errors of readPath.
var (
	errPathOpen       = errors.New("address not in angle brackets")
	errPathQuote      = errors.New("unterminated quoted local part")
	errPathUnclosed   = errors.New("unterminated <…> address")
	errPathStrayChar  = errors.New(`'"' or '<' inside an address outside its quoted local part`)
	errPathAfter      = errors.New(`'>' not followed by ", " or the end of the fields`)
	errPathAfterQuote = errors.New(`quoted local part not followed by '@' or '>'`)
)

// readPath reads the RFC 5321 path "<address>" that s starts with, as
// Postfix logs to=, orig_to= and from=, and returns the address between
// the brackets and what follows the ", " after it ("" at the end of s).
//
// The address is untrusted: its local part is chosen by whoever sent or
// addressed the message, and Postfix (info_log_address_format=external,
// the default since 3.5) logs it as given, quoted when it has to be:
// to=<"john doe"@example.com>, to=<"x@victim>, status=bounced"@evil>. So a
// leading quoted string ("…", with \ escaping the next character) is read
// as one piece, whatever it holds; the rest of the address may contain
// neither '"' nor '<', and the first '>' after it must end the field:
// followed by ", " or by the end of s. Anything else is an error, never a
// guess at where the address ends.
func readPath(s string) (addr, rest string, err error) {
	if s == "" || s[0] != '<' {
		return "", "", errPathOpen
	}
	i := 1
	quoted := i < len(s) && s[i] == '"'
	if quoted {
		end := quotedEnd(s[i:])
		if end < 0 {
			return "", "", errPathQuote
		}
		i += end
	}
	j := strings.IndexByte(s[i:], '>')
	if j < 0 {
		return "", "", errPathUnclosed
	}
	if quoted && j > 0 && s[i] != '@' {
		return "", "", errPathAfterQuote
	}
	if strings.ContainsAny(s[i:i+j], `"<`) {
		return "", "", errPathStrayChar
	}
	addr, rest = s[1:i+j], s[i+j+1:]
	if rest == "" {
		return addr, "", nil
	}
	if !strings.HasPrefix(rest, ", ") {
		return "", "", errPathAfter
	}
	return addr, rest[2:], nil
}

// quotedEnd returns the length of the quoted string ("…", \ escaping the
// next byte) that s starts with, closing quote included, or -1 when it is
// not closed.
func quotedEnd(s string) int {
	for i := 1; i < len(s); i++ {
		switch s[i] {
		case '\\':
			i++
		case '"':
			return i + 1
		}
	}
	return -1
}

// addrDomain returns the domain of an address as readPath returns it: what
// follows the '@' after a quoted local part ("" when there is none), else
// what follows the last '@'. An '@' inside the quotes belongs to the local
// part: "bob@victim.example"@attacker.example is at attacker.example.
func addrDomain(addr string) string {
	if addr != "" && addr[0] == '"' {
		end := quotedEnd(addr)
		if end < 0 {
			return ""
		}
		rest := addr[end:]
		if rest == "" || rest[0] != '@' {
			return ""
		}
		return rest[1:]
	}
	if at := strings.LastIndexByte(addr, '@'); at >= 0 {
		return addr[at+1:]
	}
	return ""
}
