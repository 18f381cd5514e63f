package main

import (
	"net/http"

	"github.com/mailflow/mailflow/console"
)

func consoleHandler() http.Handler { return console.Handler() }
