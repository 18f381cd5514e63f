// Command kafkaprobe is what deploy/kafka/kafka.sh asks of a Kafka cluster
// without starting a JVM: free loopback ports for the nodes, and whether
// the cluster is ready for mailflow's tests.
//
//	kafkaprobe ports N
//	    prints N distinct free TCP ports on 127.0.0.1, one a line, chosen
//	    below the kernel's ephemeral range when it can.
//	kafkaprobe wait --brokers HOST:PORT[,...] --nodes N [--timeout 3m]
//	    waits until the metadata lists N brokers and a controller, and the
//	    group and transaction coordinators answer (which creates
//	    __consumer_offsets and __transaction_state on a new cluster, so that
//	    the first test does not pay for it); exits 1 on timeout with the
//	    last error.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"math/rand/v2"
	"net"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/twmb/franz-go/pkg/kerr"
	"github.com/twmb/franz-go/pkg/kgo"
	"github.com/twmb/franz-go/pkg/kmsg"
)

func main() {
	if err := run(os.Args[1:]); err != nil {
		fmt.Fprintln(os.Stderr, "kafkaprobe:", err)
		os.Exit(1)
	}
}

func run(args []string) error {
	if len(args) == 0 {
		return errors.New("usage: kafkaprobe ports N | wait --brokers ADDRS --nodes N [--timeout D]")
	}
	switch args[0] {
	case "ports":
		if len(args) != 2 {
			return errors.New("usage: kafkaprobe ports N")
		}
		n, err := strconv.Atoi(args[1])
		if err != nil || n < 1 || n > 64 {
			return fmt.Errorf("ports: %q is not a count from 1 to 64", args[1])
		}
		return ports(n)
	case "wait":
		fs := flag.NewFlagSet("wait", flag.ContinueOnError)
		brokers := fs.String("brokers", "", "comma-separated bootstrap addresses")
		nodes := fs.Int("nodes", 1, "brokers the metadata must list")
		timeout := fs.Duration("timeout", 3*time.Minute, "how long to wait")
		if err := fs.Parse(args[1:]); err != nil {
			return err
		}
		if *brokers == "" {
			return errors.New("wait: --brokers is required")
		}
		ctx, cancel := context.WithTimeout(context.Background(), *timeout)
		defer cancel()
		return wait(ctx, strings.Split(*brokers, ","), *nodes)
	}
	return fmt.Errorf("unknown command %q", args[0])
}

// ports holds all n listeners open until every port is chosen, so that the
// ports are distinct.
//
// The ports come from below the kernel's ephemeral range
// (net.ipv4.ip_local_port_range) where possible: a port the kernel handed
// out for ":0" is free only until the kernel hands it out again — to a
// test's HTTP server or an outgoing connection of a suite running beside
// this one — and the JVM binds it seconds later. A suite on a busy machine
// lost a node to "Address already in use" that way. Below the range only
// a program that picks its port itself can take it.
func ports(n int) error {
	var lns []net.Listener
	defer func() {
		for _, ln := range lns {
			ln.Close()
		}
	}()
	low := ephemeralLow()
	for tries := 0; len(lns) < n && low > 10000 && tries < 1000; tries++ {
		p := 10000 + rand.IntN(low-10000)
		ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", strconv.Itoa(p)))
		if err != nil {
			continue // taken: try another
		}
		lns = append(lns, ln)
	}
	for len(lns) < n {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		lns = append(lns, ln)
	}
	for _, ln := range lns {
		fmt.Println(ln.Addr().(*net.TCPAddr).Port)
	}
	return nil
}

// ephemeralLow returns the lowest port of the kernel's ephemeral range, or
// 0 when it is not known (not Linux).
func ephemeralLow() int {
	b, err := os.ReadFile("/proc/sys/net/ipv4/ip_local_port_range")
	if err != nil {
		return 0
	}
	f := strings.Fields(string(b))
	if len(f) != 2 {
		return 0
	}
	low, err := strconv.Atoi(f[0])
	if err != nil {
		return 0
	}
	return low
}

func wait(ctx context.Context, brokers []string, nodes int) error {
	cl, err := kgo.NewClient(kgo.SeedBrokers(brokers...), kgo.RequestRetries(0))
	if err != nil {
		return err
	}
	defer cl.Close()
	var last error
	for {
		if last = ready(ctx, cl, nodes); last == nil {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("cluster at %v not ready: %w", brokers, last)
		case <-time.After(500 * time.Millisecond):
		}
	}
}

func ready(ctx context.Context, cl *kgo.Client, nodes int) error {
	rctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	meta, err := kmsg.NewPtrMetadataRequest().RequestWith(rctx, cl)
	if err != nil {
		return fmt.Errorf("metadata: %w", err)
	}
	if len(meta.Brokers) < nodes {
		return fmt.Errorf("metadata lists %d of %d brokers", len(meta.Brokers), nodes)
	}
	if meta.ControllerID < 0 {
		return errors.New("no active controller")
	}
	for _, kind := range []int8{0, 1} { // group, transaction
		req := kmsg.NewPtrFindCoordinatorRequest()
		req.CoordinatorType = kind
		req.CoordinatorKey = "kafkaprobe"
		req.CoordinatorKeys = []string{"kafkaprobe"}
		resp, err := req.RequestWith(rctx, cl)
		if err != nil {
			return fmt.Errorf("find coordinator (type %d): %w", kind, err)
		}
		code := resp.ErrorCode
		if len(resp.Coordinators) > 0 {
			code = resp.Coordinators[0].ErrorCode
		}
		if err := kerr.ErrorForCode(code); err != nil {
			return fmt.Errorf("find coordinator (type %d): %w", kind, err)
		}
	}
	return nil
}
