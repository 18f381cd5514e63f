package main

import (
	"github.com/mailflow/mailflow/diagnose"
	"github.com/mailflow/mailflow/schemas"
)

// classifier returns the processor's diagnosis hooks: the category of an
// attempt, and the advice for a category.
func classifier() (func(*schemas.DeliveryEvent) schemas.Category, func(schemas.Category) string) {
	return diagnose.New().Event, diagnose.CategoryAdvice
}
