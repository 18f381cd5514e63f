package main

import (
	"errors"
	"fmt"
	"net"
	"slices"
	"strings"
	"syscall"
)

// hintMark starts every broker hint, so that an error that holds one
// already does not get a second.
const hintMark = "(no Kafka broker answers at "

// brokerHint is what to add to err, an error of a command that reads
// Kafka at brokers, when no broker answered there: how to start one
// (mailflow dev) or name the right one (--brokers); "" for any other
// error. mainWithExit adds it to the error of every command with a
// --brokers flag.
func brokerHint(brokers []string, err error) string {
	if err == nil || !unreachable(err) {
		return ""
	}
	at := strings.Join(brokers, ",")
	if slices.Equal(brokers, []string{defaultBrokers}) {
		return fmt.Sprintf("\n"+hintMark+"%s, mailflow dev's address: start `mailflow dev` in another terminal, or name your cluster with --brokers HOST:PORT or MAILFLOW_BROKERS)", at)
	}
	return fmt.Sprintf("\n"+hintMark+"%s: check --brokers / MAILFLOW_BROKERS, or start `mailflow dev`, which serves %s)", at, defaultBrokers)
}

// unreachable reports whether err says that no broker could be reached:
// refused, no route, a name that does not resolve, or franz-go's "unable
// to dial" that wraps them.
func unreachable(err error) bool {
	var dnsErr *net.DNSError
	var opErr *net.OpError
	return errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, syscall.EHOSTUNREACH) || errors.Is(err, syscall.ENETUNREACH) ||
		errors.As(err, &dnsErr) || (errors.As(err, &opErr) && opErr.Op == "dial") || strings.Contains(err.Error(), "unable to dial")
}
