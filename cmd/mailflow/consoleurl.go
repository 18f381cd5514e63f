package main

import "net/url"

// checkConsoleURL refuses a --console-url that is not a web address with
// a host: the value goes as given into set-password links, into every
// notification's link, webhook console_url and Alertmanager
// generatorURL, where a javascript: or file: URL, a bare host name or one
// with credentials, a query or a fragment would be followed by a person
// (third review: the sink took any value without a word). A path prefix
// (https://ops.example.net/mailflow) is kept.
func checkConsoleURL(raw string) error {
	u, err := url.Parse(raw)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || u.User != nil || u.RawQuery != "" || u.Fragment != "" || u.ForceQuery || u.Opaque != "" {
		return usageErr("--console-url: %q is not an http or https address such as https://mailflow.example.net", raw)
	}
	return nil
}
